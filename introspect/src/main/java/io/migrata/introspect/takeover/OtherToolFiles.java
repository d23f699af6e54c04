package io.migrata.introspect.takeover;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the other tools' migrations are, to tell which of them the database has not run yet:
 * Flyway's locations (directories of {@code V…__….sql} and {@code R__….sql} files), Liquibase's
 * master change log, Alembic's versions directory. Each is looked for in the project's usual
 * places unless given.
 *
 * @param flywayLocations    directories, searched recursively; empty for the default
 *                           {@code src/main/resources/db/migration}
 * @param liquibaseChangelog the master change log, or {@code null} for the default
 *                           {@code src/main/resources/db/changelog/db.changelog-master.(yaml|yml|xml|sql)}
 * @param alembicVersions    the versions directory, or {@code null} for the one {@code alembic.ini} names
 *                           ({@code script_location}, then {@code versions}), else {@code alembic/versions}
 */
public record OtherToolFiles(List<Path> flywayLocations, Path liquibaseChangelog, Path alembicVersions) {

    public OtherToolFiles {
        flywayLocations = List.copyOf(flywayLocations);
    }

    /** The default places, in the project directory {@code project}. */
    public static OtherToolFiles defaults() {
        return new OtherToolFiles(List.of(), null, null);
    }

    List<Path> flyway(Path project) {
        return flywayLocations.isEmpty() ? List.of(project.resolve("src/main/resources/db/migration"))
                : flywayLocations.stream().map(project::resolve).toList();
    }

    Optional<Path> liquibase(Path project) {
        if (liquibaseChangelog != null) return Optional.of(project.resolve(liquibaseChangelog));
        for (String suffix : List.of("yaml", "yml", "xml", "sql")) {
            Path master = project.resolve("src/main/resources/db/changelog/db.changelog-master." + suffix);
            if (master.toFile().isFile()) return Optional.of(master);
        }
        return Optional.empty();
    }

    Path alembic(Path project) {
        if (alembicVersions != null) return project.resolve(alembicVersions);
        return AlembicScripts.versionsFromIni(project).orElse(project.resolve("alembic/versions"));
    }
}
