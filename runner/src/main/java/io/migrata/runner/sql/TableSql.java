package io.migrata.runner.sql;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.TableDef;
import io.migrata.schema.op.AddColumn;
import io.migrata.schema.op.AttachPartition;
import io.migrata.schema.op.CommentTarget;
import io.migrata.schema.op.CreateTable;
import io.migrata.schema.op.DetachPartition;
import io.migrata.schema.op.DropColumn;
import io.migrata.schema.op.DropTable;
import io.migrata.schema.op.RenameColumn;
import io.migrata.schema.op.RenameTable;

import java.util.ArrayList;
import java.util.List;

/** Tables and their columns: create, drop, rename, add and drop columns. */
final class TableSql {

    private static final String INDENT = "    ";

    private static final int DETACH_CONCURRENTLY_MAJOR = 14;

    private TableSql() {
    }

    /**
     * The table with its columns, primary key, uniques and checks in one statement (a partition
     * with {@code PARTITION OF parent}, its bound, and only its own constraints; a partitioned
     * table with {@code PARTITION BY}); then each
     * foreign key as its own {@code ALTER TABLE} (a separate statement says which one failed when a
     * row or a missing key refuses it), the indexes, and the comments.
     */
    static List<Statement> create(CreateTable op) {
        TableDef table = op.table();
        List<String> parts = new ArrayList<>();
        table.columns().forEach(column -> parts.add(ColumnSql.definition(column)));
        table.constraints().stream()
                .filter(constraint -> !(constraint instanceof ForeignKeyDef))
                .map(ConstraintSql::clause)
                .forEach(parts::add);
        String body = parts.isEmpty() ? "" : " (\n" + INDENT + String.join(",\n" + INDENT, parts) + "\n)";
        StringBuilder create = new StringBuilder("CREATE TABLE ").append(table.name());
        if (table.isPartition()) {
            create.append(" PARTITION OF ").append(table.partitionOf().parent()).append(body)
                    .append(' ').append(table.partitionOf().bound());
        } else {
            create.append(body);
        }
        if (table.isPartitioned()) create.append(" PARTITION BY ").append(table.partitionKey());
        Statements statements = new Statements(op).add(create.toString());
        for (ForeignKeyDef fk : table.foreignKeys()) statements.add(ConstraintSql.add(table.name(), fk));
        for (IndexDef index : table.indexes()) statements.add(IndexSql.create(table.name(), index, false));
        statements.addIfPresent(CommentSql.onCreate(CommentTarget.table(table.name()), table.comment()));
        for (ColumnDef column : table.columns()) statements.addIfPresent(CommentSql.onNewColumn(table.name(), column));
        return statements.toList();
    }

    /** Never {@code CASCADE}: whatever still depends on the table stops the drop. */
    static List<Statement> drop(DropTable op) {
        return new Statements(op).add("DROP TABLE " + op.table().name()).toList();
    }

    /** {@code ALTER TABLE parent ATTACH PARTITION table FOR VALUES …}. */
    static List<Statement> attach(AttachPartition op) {
        return new Statements(op).add(alterTable(op.partition().parent()) + "ATTACH PARTITION " + op.table() + " "
                + op.partition().bound()).toList();
    }

    /**
     * {@code DETACH PARTITION}, then the keys, foreign keys and indexes PostgreSQL had cloned onto
     * the partition from its parent are dropped: PostgreSQL keeps them on the detached table, but
     * they were never the partition's own, and attaching it again clones them anew. Which they are
     * is known only before the detach ({@code conparentid}, an index's parent). In the blocking form
     * one {@code DO} block finds them, detaches and drops them. {@code CONCURRENTLY} cannot run in a
     * transaction block, nor so in a {@code DO} block: the drops are found first and kept in
     * settings of the session ({@code migrata.detached_clones}, with the partition's checks in
     * {@code migrata.detached_checks}), the detach runs on its own, and a {@code DO} block then runs
     * the drops and drops the CHECK constraint that {@code CONCURRENTLY} adds for the old bound,
     * which the blocking form does not add.
     */
    static List<Statement> detach(DetachPartition op, RenderOptions options) {
        if (op.concurrently() && options.serverMajorVersion() < DETACH_CONCURRENTLY_MAJOR) {
            throw new UnsupportedChangeException(op, "DETACH PARTITION ... CONCURRENTLY needs PostgreSQL " + DETACH_CONCURRENTLY_MAJOR
                    + " and the target is " + options.serverMajorVersion() + "; write op.detachPartition(...), which locks the parent"
                    + " ACCESS EXCLUSIVE, or render for a newer server");
        }
        String table = SqlText.literal(op.table().toString());
        String quotedTable = op.table().toString().replace("'", "''");
        String clonedConstraints = "SELECT quote_ident(c.conname) FROM pg_constraint c\n"
                + "    WHERE c.conrelid = " + table + "::regclass AND c.conparentid <> 0\n"
                + "    ORDER BY c.contype = 'f' DESC, c.conname";
        String clonedIndexes = "SELECT i.inhrelid::regclass::text FROM pg_inherits i JOIN pg_index x ON x.indexrelid = i.inhrelid\n"
                + "    WHERE x.indrelid = " + table + "::regclass\n"
                + "      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.inhrelid AND c.conrelid = x.indrelid)\n"
                + "    ORDER BY i.inhrelid";
        String detach = alterTable(op.partition().parent()) + "DETACH PARTITION " + op.table();
        if (op.concurrently()) {
            String drops = "SELECT coalesce(string_agg(drop_statement, ';'), '') FROM (\n"
                    + "SELECT 'ALTER TABLE " + quotedTable + " DROP CONSTRAINT ' || clone_name AS drop_statement FROM (" + clonedConstraints
                    + ") constraints(clone_name)\n"
                    + "UNION ALL\n"
                    + "SELECT 'DROP INDEX ' || clone_name FROM (" + clonedIndexes + ") indexes(clone_name)) drops";
            String checks = "SELECT coalesce(json_agg(c.conname), '[]')::text FROM pg_constraint c\n"
                    + "    WHERE c.conrelid = " + table + "::regclass AND c.contype = 'c'";
            String run = "DECLARE\n"
                    + "    drop_statement text;\n"
                    + "    added_check name;\n"
                    + "BEGIN\n"
                    + "FOREACH drop_statement IN ARRAY string_to_array(current_setting('migrata.detached_clones'), ';') LOOP\n"
                    + "    EXECUTE drop_statement;\n"
                    + "END LOOP;\n"
                    + "FOR added_check IN SELECT c.conname FROM pg_constraint c WHERE c.conrelid = " + table + "::regclass\n"
                    + "    AND c.contype = 'c' AND c.conname NOT IN\n"
                    + "        (SELECT json_array_elements_text(current_setting('migrata.detached_checks')::json)) LOOP\n"
                    + "    EXECUTE 'ALTER TABLE " + quotedTable + " DROP CONSTRAINT ' || quote_ident(added_check);\n"
                    + "END LOOP;\n"
                    + "END";
            return new Statements(op)
                    .add("SELECT set_config('migrata.detached_clones', (" + drops + "), false), set_config('migrata.detached_checks', ("
                            + checks + "), false)")
                    .addOutsideTransaction(detach + " CONCURRENTLY")
                    .add("DO " + SqlText.dollarQuoted(run))
                    .toList();
        }
        String body = "DECLARE\n"
                + "    cloned_constraints text[];\n"
                + "    cloned_indexes text[];\n"
                + "    cloned text;\n"
                + "BEGIN\n"
                + "SELECT array_agg(clone_name) INTO cloned_constraints FROM (" + clonedConstraints + ") constraints(clone_name);\n"
                + "SELECT array_agg(clone_name) INTO cloned_indexes FROM (" + clonedIndexes + ") indexes(clone_name);\n"
                + detach + ";\n"
                + "FOREACH cloned IN ARRAY coalesce(cloned_constraints, '{}') LOOP\n"
                + "    EXECUTE 'ALTER TABLE " + quotedTable + " DROP CONSTRAINT ' || cloned;\n"
                + "END LOOP;\n"
                + "FOREACH cloned IN ARRAY coalesce(cloned_indexes, '{}') LOOP\n"
                + "    EXECUTE 'DROP INDEX ' || cloned;\n"
                + "END LOOP;\n"
                + "END";
        return new Statements(op).add("DO " + SqlText.dollarQuoted(body)).toList();
    }

    static List<Statement> rename(RenameTable op) {
        return new Statements(op).add(alterTable(op.table()) + "RENAME TO " + SqlText.name(op.newName())).toList();
    }

    static List<Statement> addColumn(AddColumn op) {
        return new Statements(op)
                .add("ALTER TABLE " + op.table() + " ADD COLUMN " + ColumnSql.definition(op.column()))
                .addIfPresent(CommentSql.onNewColumn(op.table(), op.column()))
                .toList();
    }

    static List<Statement> dropColumn(DropColumn op) {
        return new Statements(op).add(alterTable(op.table()) + "DROP COLUMN " + SqlText.name(op.column().name())).toList();
    }

    static List<Statement> renameColumn(RenameColumn op) {
        return new Statements(op)
                .add(alterTable(op.table()) + "RENAME COLUMN " + SqlText.name(op.from()) + " TO " + SqlText.name(op.to()))
                .toList();
    }

    static String alterTable(QualifiedName table) {
        return "ALTER TABLE " + table + " ";
    }
}
