package io.migrata.cli;

import io.migrata.workflow.Migrata;
import io.migrata.workflow.config.Setting;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Where the entities are, for the commands that read them; each flag overrides its setting. */
final class EntityOptions {

    @Option(names = "--entities", paramLabel = "PACKAGE", split = ",",
            description = "A package scanned for JPA entities (with its sub-packages); repeatable (default: migrata.entities.packages).")
    List<String> packages = new ArrayList<>();

    @Option(names = "--entities-classpath", paramLabel = "PATH", split = ",",
            description = "A directory or jar holding the entity classes and what they need, e.g. target/classes; repeatable"
                    + " (default: migrata.entities.classpath).")
    List<String> classpath = new ArrayList<>();

    @Option(names = "--naming", paramLabel = "NAMING",
            description = "hibernate, spring-boot, snake-case, or a PhysicalNamingStrategy class name (default: migrata.entities.naming, else hibernate).")
    String naming;

    void applyTo(Migrata.Builder workflow) {
        workflow.set(Setting.ENTITIES_PACKAGES, packages)
                .set(Setting.ENTITIES_CLASSPATH, classpath)
                .set(Setting.ENTITIES_NAMING, naming);
    }
}
