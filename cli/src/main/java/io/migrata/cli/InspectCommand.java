package io.migrata.cli;

import io.migrata.cli.output.OutputFormat;
import io.migrata.cli.output.SchemaJson;
import io.migrata.cli.output.SchemaText;
import io.migrata.workflow.Inspection;
import io.migrata.workflow.Migrata;
import io.migrata.workflow.config.Setting;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code migrata inspect}: prints the schema of a live database. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Print the schema of a live database: tables, columns, constraints, indexes, enum types, sequences and views,"
                + " then the objects Migrata does not model (and so never compares).",
                "With --entities, the schema the project's JPA entities describe, as the comparisons read it."})
final class InspectCommand implements Callable<Integer> {

    @ParentCommand
    MigrataCommand migrata;

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOption connection;

    @Option(names = "--schema", paramLabel = "SCHEMA",
            description = "A schema to read; repeat for more (default: every user schema). Names are case-sensitive.")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Leave out tables and views matching the pattern (* and ?; with a dot it matches schema.name); repeatable.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--demo", description = "First create a small demo schema, if the database has no tables.")
    boolean demo;

    @Option(names = "--entities", arity = "0..*", split = ",", paramLabel = "PACKAGE",
            description = "Print the schema the project's entities describe instead of a database's: those in PACKAGE"
                    + " (repeatable), else in migrata.entities.packages.")
    List<String> entityPackages;

    @Option(names = "--entities-classpath", paramLabel = "PATH", split = ",",
            description = "With --entities: a directory or jar holding the entity classes and what they need; repeatable"
                    + " (default: migrata.entities.classpath).")
    List<String> entityClasspath = new ArrayList<>();

    @Option(names = "--naming", paramLabel = "NAMING",
            description = "With --entities: hibernate, spring-boot-3, spring-boot-4, snake-case, or a PhysicalNamingStrategy class name"
                    + " (default: migrata.entities.naming, else hibernate).")
    String naming;

    @Override
    public Integer call() {
        try (Migrata workflow = migrata.workflow(this::flags)) {
            Inspection inspection = entityPackages != null ? workflow.inspectEntities() : workflow.inspect(schemas, excludes, demo);
            PrintWriter out = spec.commandLine().getOut();
            switch (format) {
                case json -> SchemaJson.write(inspection.model(), inspection.unmodeled(), out);
                case text -> SchemaText.write(inspection.model(), inspection.unmodeled(), out);
            }
            out.flush();
        }
        return ExitCode.OK;
    }

    private void flags(Migrata.Builder workflow) {
        connection.applyTo(workflow);
        workflow.set(Setting.ENTITIES_PACKAGES, entityPackages)
                .set(Setting.ENTITIES_CLASSPATH, entityClasspath)
                .set(Setting.ENTITIES_NAMING, naming);
    }
}
