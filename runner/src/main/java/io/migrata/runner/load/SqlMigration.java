package io.migrata.runner.load;

import io.migrata.runner.graph.RevisionNode;
import io.migrata.schema.migration.Migration;
import io.migrata.schema.migration.Operations;
import io.migrata.schema.op.ExecuteSql;

import java.util.List;
import java.util.Objects;

/**
 * A revision read from a {@code .sql} file ({@link SqlRevisionFile}): each statement is recorded
 * as one {@link ExecuteSql} op, so it is checksummed, rendered offline and reported statement by
 * statement like the SQL of a Java revision.
 */
final class SqlMigration implements Migration {

    private final RevisionNode node;
    private final boolean transactional;
    private final List<String> up;
    private final List<String> down;

    /** @param down the statements of the down section, or {@code null} when the file has none */
    SqlMigration(RevisionNode node, boolean transactional, List<String> up, List<String> down) {
        this.node = Objects.requireNonNull(node, "node");
        this.transactional = transactional;
        this.up = List.copyOf(up);
        this.down = down == null ? null : List.copyOf(down);
    }

    RevisionNode node() {
        return node;
    }

    @Override
    public void upgrade(Operations op) {
        for (String sql : up) op.apply(ExecuteSql.irreversible(sql));
    }

    @Override
    public void downgrade(Operations op) {
        if (down == null) {
            throw new UnsupportedOperationException("the SQL revision " + node.id() + " has no down section"
                    + " (add a line -- migrata:down and the statements that undo it)");
        }
        for (String sql : down) op.apply(ExecuteSql.irreversible(sql));
    }

    @Override
    public boolean transactional() {
        return transactional;
    }

    @Override
    public String toString() {
        return "SQL revision " + node.id() + " (" + node.origin() + ")";
    }
}
