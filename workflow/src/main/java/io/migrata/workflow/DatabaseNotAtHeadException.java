package io.migrata.workflow;

import io.migrata.workflow.config.ConfigurationException;
import java.util.List;

/**
 * {@code revision --autogenerate} compares the entities with the database, so the database must be
 * at the migrations' head: otherwise the new revision would repeat what pending revisions do
 * (Alembic's "Target database is not up to date").
 */
final class DatabaseNotAtHeadException extends ConfigurationException {

    DatabaseNotAtHeadException(String database, List<String> current, List<String> heads) {
        super("target database is not up to date: " + database + " is at " + RevisionText.revisions(current)
                + ", the migrations' head is " + RevisionText.revisions(heads)
                + " (run migrata upgrade head first, or compare with the migrations instead: --against head)");
    }
}
