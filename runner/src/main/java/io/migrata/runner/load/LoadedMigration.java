package io.migrata.runner.load;

import io.migrata.runner.graph.RevisionNode;
import io.migrata.schema.migration.Migration;

import java.util.Objects;

/** A migration instance with its place in the graph; {@link HistoryReplay} records its ops. */
public final class LoadedMigration {

    private final RevisionNode node;
    private final Migration migration;

    public LoadedMigration(RevisionNode node, Migration migration) {
        this.node = Objects.requireNonNull(node, "node");
        this.migration = Objects.requireNonNull(migration, "migration");
    }

    public RevisionNode node() {
        return node;
    }

    public String id() {
        return node.id();
    }

    public Migration migration() {
        return migration;
    }

    public boolean transactional() {
        return migration.transactional();
    }

    @Override
    public String toString() {
        return node.label();
    }
}
