package io.migrata.cli;

import io.migrata.cli.output.DiffJson;
import io.migrata.cli.output.DiffText;
import io.migrata.cli.output.OutputFormat;
import io.migrata.workflow.Comparison;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** How {@code check} and {@code drift} print a comparison: the operations as text or JSON, and the verdict on stderr. */
final class ComparisonOutput {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    /** @return {@link ExitCode#OK} when the two schemas match, else {@link ExitCode#DIFFERENCES} */
    int print(MigrataCommand migrata, Comparison comparison) {
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) DiffJson.write(comparison, out);
        else DiffText.write(comparison, migrata.style(), out);
        out.flush();
        migrata.notice(comparison.verdict());
        return comparison.equal() ? ExitCode.OK : ExitCode.DIFFERENCES;
    }
}
