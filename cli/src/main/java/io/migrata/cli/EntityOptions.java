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
            description = "hibernate, spring-boot-3, spring-boot-4, snake-case, or a PhysicalNamingStrategy class name"
                    + " (default: migrata.entities.naming, else hibernate).")
    String naming;

    @Option(names = "--setting", paramLabel = "NAME=VALUE",
            description = "A Hibernate setting the application boots with, e.g. hibernate.default_schema=app; repeatable"
                    + " (wins over MIGRATA_HIBERNATE_SETTINGS and migrata.entities.settings.NAME).")
    List<String> hibernateSettings = new ArrayList<>();

    @Option(names = "--schema-sql", paramLabel = "DIR",
            description = "The folder of .sql files declaring, on top of the entities' tables, what JPA cannot say (functions,"
                    + " triggers, views, extensions, ...); applied in file-name order (default: migrata.schema-sql, else migrations/schema).")
    String schemaSql;

    void applyTo(Migrata.Builder workflow) {
        workflow.set(Setting.SCHEMA_SQL, schemaSql)
                .set(Setting.ENTITIES_PACKAGES, packages)
                .set(Setting.ENTITIES_CLASSPATH, classpath)
                .set(Setting.ENTITIES_NAMING, naming)
                // One entry a line: a value may hold commas, which the list form would split.
                .set(Setting.HIBERNATE_SETTINGS, hibernateSettings.isEmpty() ? null : String.join("\n", hibernateSettings));
    }
}
