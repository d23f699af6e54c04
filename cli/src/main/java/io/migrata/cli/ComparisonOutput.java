package io.migrata.cli;

import io.migrata.cli.model.SchemaScope;
import io.migrata.cli.output.DiffJson;
import io.migrata.cli.output.DiffText;
import io.migrata.cli.output.OutputFormat;
import io.migrata.diff.DiffResult;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** How {@code check} and {@code drift} print what they compared: the diff as text or JSON, and a verdict on stderr. */
final class ComparisonOutput {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    void print(MigrataCommand migrata, SchemaScope.Comparison pair, DiffResult result, String equal, String different) {
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) DiffJson.write(pair.from().label(), pair.to().label(), result, null, out);
        else DiffText.write(result, migrata.style(), out);
        out.flush();
        migrata.notice(result.isEmpty() ? equal : different);
    }
}
