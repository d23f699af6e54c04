package io.migrata.cli;

import io.migrata.cli.config.ConfigurationException;
import java.util.List;

/**
 * {@code revision --autogenerate} compares the entities with the database, so the database must be
 * at the migrations' head: otherwise the new revision would repeat what pending revisions do
 * (Alembic's "Target database is not up to date").
 */
final class DatabaseNotAtHeadException extends ConfigurationException {

    DatabaseNotAtHeadException(String database, List<String> current, List<String> heads) {
        super("target database is not up to date: " + database + " is at " + names(current) + ", the migrations' head is "
                + names(heads) + " (run migrata upgrade head first, or compare with the migrations instead: --against head)");
    }

    private static String names(List<String> revisions) {
        return revisions.isEmpty() ? "base" : String.join(", ", revisions);
    }
}
