package io.migrata.cli;

import io.migrata.cli.output.OutputFormat;
import java.io.PrintWriter;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --format} option of the commands that print revisions: text for people, JSON for programs. */
final class FormatOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    /** Prints the result on stdout the way {@code --format} asks. */
    void print(Consumer<PrintWriter> text, Consumer<PrintWriter> json) {
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) json.accept(out);
        else text.accept(out);
        out.flush();
    }
}
