package io.migrata.cli;

import io.migrata.workflow.config.Setting;
import io.migrata.cli.init.ProjectTemplate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code migrata init}: sets a project up for migrata. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Write migrata.properties (every setting, explained), .env.example and the versions directory.",
                "Existing files are never overwritten."})
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    MigrataCommand migrata;

    @Spec
    CommandSpec spec;

    @Option(names = "--versions-dir", paramLabel = "DIR", defaultValue = "migrations/versions",
            description = "Where migration sources go (default: ${DEFAULT-VALUE}).")
    String versionsDirectory;

    @Option(names = "--package", paramLabel = "PACKAGE", defaultValue = "migrations",
            description = "The Java package of generated migrations (default: ${DEFAULT-VALUE}).")
    String migrationsPackage;

    @Option(names = "--entities", paramLabel = "PACKAGE", split = ",", description = "A package of JPA entities; repeatable.")
    List<String> entityPackages = new ArrayList<>();

    @Option(names = "--entities-classpath", paramLabel = "PATH", split = ",",
            description = "A directory or jar with the entity classes, e.g. target/classes; repeatable.")
    List<String> entityClasspath = new ArrayList<>();

    @Option(names = "--naming", paramLabel = "NAMING", description = "hibernate, spring-boot-3, spring-boot-4, snake-case or a class name.")
    String naming;

    @Override
    public Integer call() {
        Path project = migrata.projectDir();
        List<Path> created = ProjectTemplate.write(project, new ProjectTemplate.Choices(versionsDirectory, migrationsPackage,
                entityPackages, entityClasspath, naming));
        for (Path path : created) spec.commandLine().getOut().println("created " + path);
        spec.commandLine().getOut().flush();
        migrata.notice("next: copy " + ProjectTemplate.ENV_EXAMPLE_FILE + " to .env and set DATABASE_URL"
                + (entityPackages.isEmpty() ? ", set " + Setting.ENTITIES_PACKAGES.property() + " in migrata.properties" : "")
                + ", and add .env and .migrata/ to .gitignore");
        return ExitCode.OK;
    }
}
