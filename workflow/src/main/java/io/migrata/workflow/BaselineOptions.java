package io.migrata.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How {@link Migrata#baseline} writes the first revision, and where the other migration tools'
 * files are, to tell whether their history is finished.
 *
 * <pre>{@code
 * migrata.baseline(BaselineOptions.message("baseline").withFlywayLocations(List.of(Path.of("db/postgres"))));
 * }</pre>
 *
 * @param flywayLocations    Flyway's SQL migration directories; empty for {@code src/main/resources/db/migration}
 * @param liquibaseChangelog Liquibase's master change log, or null for {@code src/main/resources/db/changelog/db.changelog-master.*}
 * @param alembicVersions    Alembic's versions directory, or null for the one {@code alembic.ini} names
 */
public record BaselineOptions(String message, List<Path> flywayLocations, Path liquibaseChangelog, Path alembicVersions) {

    public BaselineOptions {
        Objects.requireNonNull(message, "message");
        flywayLocations = List.copyOf(flywayLocations);
    }

    public static BaselineOptions message(String message) {
        return new BaselineOptions(message, List.of(), null, null);
    }

    public BaselineOptions withFlywayLocations(List<Path> locations) {
        return new BaselineOptions(message, locations, liquibaseChangelog, alembicVersions);
    }

    public BaselineOptions withLiquibaseChangelog(Path changelog) {
        return new BaselineOptions(message, flywayLocations, changelog, alembicVersions);
    }

    public BaselineOptions withAlembicVersions(Path versions) {
        return new BaselineOptions(message, flywayLocations, liquibaseChangelog, versions);
    }
}
