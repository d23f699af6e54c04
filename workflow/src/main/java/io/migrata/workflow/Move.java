package io.migrata.workflow;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What an upgrade or a downgrade did: each revision it ran, in order, and where the database is now.
 *
 * @param database how output names the database
 * @param upgrade  whether it was an upgrade
 * @param duration the whole run, including the lock and reading the history
 * @param current  the revisions the database is at afterwards (empty: base)
 */
public record Move(String database, boolean upgrade, List<Step> steps, Duration duration, List<String> current) {

    public Move {
        Objects.requireNonNull(database, "database");
        steps = List.copyOf(steps);
        current = List.copyOf(current);
    }

    /**
     * One revision that ran.
     *
     * @param description {@code upgrade 001_customers -> 002_invoices}, as Alembic prints a step
     * @param from        the version table's revisions before it
     * @param to          the version table's revisions after it
     * @param statements  how many SQL statements it ran
     */
    public record Step(String revision, String message, String description, List<String> from, List<String> to,
                       int statements, Duration duration) {

        public Step {
            from = List.copyOf(from);
            to = List.copyOf(to);
        }
    }
}
