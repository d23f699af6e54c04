package io.migrata.workflow;

import java.util.List;
import java.util.Objects;

/**
 * What {@link Migrata#baseline} did: the revision it wrote and stamped, or, when the revision
 * replayed on a scratch database would not build the database, the differences (and nothing
 * written).
 *
 * @param database   the database the baseline was written from
 * @param written    the revision written and stamped, or null when the replay differed
 * @param replay     the replayed baseline compared with the database: equal when it was written
 * @param otherTools the other migration tools' histories found and left as they are,
 *                   e.g. {@code Flyway (history table public.schema_version): version 7}
 * @param objects    how much the baseline creates, e.g. {@code 42 tables, 3 views, 5 sequences, 2 enum types}
 */
public record Baseline(String database, GeneratedRevision written, Comparison replay, List<String> otherTools, String objects) {

    public Baseline {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(replay, "replay");
        otherTools = List.copyOf(otherTools);
    }

    /** Whether the baseline was written and the database stamped at it. */
    public boolean done() {
        return written != null;
    }
}
