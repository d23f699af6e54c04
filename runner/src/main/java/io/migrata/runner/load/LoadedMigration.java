package io.migrata.runner.load;

import io.migrata.runner.graph.RevisionNode;
import io.migrata.schema.migration.Migration;
import io.migrata.schema.migration.Operations;
import io.migrata.schema.op.SchemaOp;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A migration instance with its place in the graph. Its ops are recorded once, on first use: a
 * migration's methods only record, so running them again would give the same list.
 */
public final class LoadedMigration {

    private final RevisionNode node;
    private final Migration migration;
    private List<SchemaOp> upgradeOps;
    private List<SchemaOp> downgradeOps;

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

    /** @throws InvalidMigrationException when {@code upgrade()} throws */
    public synchronized List<SchemaOp> upgradeOps() {
        if (upgradeOps == null) upgradeOps = record("upgrade", migration::upgrade);
        return upgradeOps;
    }

    /** @throws InvalidMigrationException when {@code downgrade()} throws, e.g. for an irreversible revision */
    public synchronized List<SchemaOp> downgradeOps() {
        if (downgradeOps == null) downgradeOps = record("downgrade", migration::downgrade);
        return downgradeOps;
    }

    private List<SchemaOp> record(String method, Consumer<Operations> body) {
        Operations operations = new Operations();
        try {
            body.accept(operations);
        } catch (RuntimeException e) {
            throw new InvalidMigrationException(node, method + "() threw " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        }
        return operations.recorded();
    }

    @Override
    public String toString() {
        return node.label();
    }
}
