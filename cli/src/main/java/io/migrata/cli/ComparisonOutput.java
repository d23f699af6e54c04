package io.migrata.cli;

import io.migrata.cli.model.LoadedModel;
import io.migrata.cli.model.SchemaScope;
import io.migrata.cli.output.DiffJson;
import io.migrata.cli.output.DiffText;
import io.migrata.cli.output.OutputFormat;
import io.migrata.diff.DiffResult;
import io.migrata.diff.SchemaDiff;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** How {@code check} and {@code drift} compare two models and print the outcome: the diff as text or JSON, and a verdict on stderr. */
final class ComparisonOutput {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    /**
     * Diffs {@code from} against {@code to} in these schemas and prints it, then {@code equal} or {@code different}.
     *
     * @return {@link ExitCode#OK} when they match, else {@link ExitCode#DIFFERENCES}
     */
    int compare(MigrataCommand migrata, List<String> schemas, LoadedModel from, LoadedModel to, String equal, String different) {
        SchemaScope.Comparison pair = SchemaScope.of(schemas).prepare(from, to);
        DiffResult result = SchemaDiff.between(pair.from().model(), pair.to().model());
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) DiffJson.write(pair.from().label(), pair.to().label(), result, null, out);
        else DiffText.write(result, migrata.style(), out);
        out.flush();
        migrata.notice(result.isEmpty() ? equal : different);
        return result.isEmpty() ? ExitCode.OK : ExitCode.DIFFERENCES;
    }
}
