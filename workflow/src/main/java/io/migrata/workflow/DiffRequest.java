package io.migrata.workflow;

import java.util.List;
import java.util.Objects;

/**
 * What {@link Migrata#diff} compares and how.
 *
 * @param from              the schema as it is: a database URL, {@code database} (the configured one),
 *                          {@code entities}, {@code head} or a revision
 * @param to                the schema as it should be, named the same way
 * @param renames           renames instead of a drop and a create, as {@code OLD=NEW}
 * @param concurrentIndexes create and drop indexes of existing tables {@code CONCURRENTLY}
 * @param sql               also render each operation's SQL statements
 */
public record DiffRequest(String from, String to, List<String> renames, boolean concurrentIndexes, boolean sql) {

    public DiffRequest {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        renames = List.copyOf(renames);
    }

    public static DiffRequest between(String from, String to) {
        return new DiffRequest(from, to, List.of(), false, false);
    }

    public DiffRequest withRenames(List<String> moreRenames) {
        List<String> more = new java.util.ArrayList<>(renames);
        more.addAll(moreRenames);
        return new DiffRequest(from, to, more, concurrentIndexes, sql);
    }

    public DiffRequest withConcurrentIndexes(boolean concurrent) {
        return new DiffRequest(from, to, renames, concurrent, sql);
    }

    public DiffRequest withSql(boolean render) {
        return new DiffRequest(from, to, renames, concurrentIndexes, render);
    }
}
