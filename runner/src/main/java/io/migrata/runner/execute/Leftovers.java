package io.migrata.runner.execute;

import io.migrata.schema.QualifiedName;
import io.migrata.schema.op.AddEnumValue;
import io.migrata.schema.op.AddPrimaryKey;
import io.migrata.schema.op.AddUniqueConstraint;
import io.migrata.schema.op.CreateIndex;
import io.migrata.schema.op.DropIndex;
import io.migrata.schema.op.SchemaOp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a killed run left of a statement that ran in autocommit. Such a statement commits on its
 * own, before its revision is recorded, so a runner killed after it (or during it) leaves work
 * the rerun finds again: an index built, or one that {@code CREATE INDEX CONCURRENTLY} left
 * INVALID when it was interrupted; an index already dropped; an enum label already added. Before
 * running such a statement the runner asks the catalog, skips what is already done and drops an
 * INVALID index so that it is built again from the start.
 */
final class Leftovers {

    private Leftovers() {
    }

    /** @return true when the statement's work is already in the database and it must not run again */
    static boolean alreadyDone(Connection connection, SchemaOp source) throws SQLException {
        if (source instanceof CreateIndex create) return indexBuilt(connection, create.table(), create.index().name());
        if (source instanceof AddUniqueConstraint unique) return indexBuilt(connection, unique.table(), unique.unique().name());
        if (source instanceof AddPrimaryKey key) return indexBuilt(connection, key.table(), key.key().name());
        if (source instanceof DropIndex drop) return !indexExists(connection, drop.table().withName(drop.index().name()));
        if (source instanceof AddEnumValue add) return enumHasLabel(connection, add.type(), add.label());
        return false;
    }

    private static boolean indexBuilt(Connection connection, QualifiedName table, String indexName) throws SQLException {
        QualifiedName index = table.withName(indexName);
        String sql = "SELECT i.indisvalid, i.indrelid = pg_catalog.to_regclass(?) FROM pg_catalog.pg_index i"
                + " WHERE i.indexrelid = pg_catalog.to_regclass(?)";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, table.toString());
            query.setString(2, index.toString());
            try (ResultSet row = query.executeQuery()) {
                // No index of that name, or one on another table: the statement runs and says what it finds.
                if (!row.next() || !row.getBoolean(2)) return false;
                if (row.getBoolean(1)) return true;
            }
        }
        try (Statement drop = connection.createStatement()) {
            drop.execute("DROP INDEX CONCURRENTLY IF EXISTS " + index);
        }
        return false;
    }

    private static boolean indexExists(Connection connection, QualifiedName index) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT pg_catalog.to_regclass(?) IS NOT NULL")) {
            query.setString(1, index.toString());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }

    private static boolean enumHasLabel(Connection connection, QualifiedName type, String label) throws SQLException {
        String sql = "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_enum WHERE enumtypid = pg_catalog.to_regtype(?)"
                + " AND enumlabel = ?)";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, type.toString());
            query.setString(2, label);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }
}
