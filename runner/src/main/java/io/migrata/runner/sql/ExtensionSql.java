package io.migrata.runner.sql;

import io.migrata.schema.ExtensionDef;
import io.migrata.schema.op.AlterExtension;
import io.migrata.schema.op.CreateExtension;
import io.migrata.schema.op.DropExtension;

import java.util.List;

/** Extensions: install, update or move, comment, drop. */
final class ExtensionSql {

    private ExtensionSql() {
    }

    /** {@code IF NOT EXISTS}, as pg_dump writes it: an extension installed beside the migration (by a hosting provider) is no error. */
    static List<Statement> create(CreateExtension op) {
        ExtensionDef extension = op.extension();
        String sql = "CREATE EXTENSION IF NOT EXISTS " + SqlText.name(extension.name()) + " SCHEMA " + SqlText.name(extension.schema());
        if (extension.version() != null) sql += " VERSION " + SqlText.literal(extension.version());
        return new Statements(op).add(sql).addIfPresent(extension.comment() == null ? null : comment(extension)).toList();
    }

    /** The schema moves first, so the update script runs where the extension's objects will stay. */
    static List<Statement> alter(AlterExtension op) {
        Statements statements = new Statements(op);
        String name = SqlText.name(op.to().name());
        if (op.changesSchema()) statements.add("ALTER EXTENSION " + name + " SET SCHEMA " + SqlText.name(op.to().schema()));
        if (op.changesVersion()) {
            statements.add("ALTER EXTENSION " + name + " UPDATE"
                    + (op.to().version() == null ? "" : " TO " + SqlText.literal(op.to().version())));
        }
        if (op.changesComment()) statements.add(comment(op.to()));
        return statements.toList();
    }

    /**
     * {@code COMMENT ON EXTENSION … IS}; the empty comment removes it, as PostgreSQL takes it. Without
     * one of its own the extension gets back the comment its control file gives, which only the server
     * knows ({@code pg_available_extensions}) and {@code COMMENT ON} takes only as a literal.
     */
    private static String comment(ExtensionDef extension) {
        String name = SqlText.name(extension.name());
        if (extension.comment() != null) return "COMMENT ON EXTENSION " + name + " IS " + SqlText.literal(extension.comment());
        return "DO " + SqlText.dollarQuoted("BEGIN\nEXECUTE format('COMMENT ON EXTENSION %I IS %L', "
                + SqlText.literal(extension.name()) + ", (SELECT comment FROM pg_available_extensions WHERE name = "
                + SqlText.literal(extension.name()) + "));\nEND");
    }

    /** Never {@code CASCADE}: what uses the extension's objects is dropped by its own ops first. */
    static List<Statement> drop(DropExtension op) {
        return new Statements(op).add("DROP EXTENSION " + SqlText.name(op.extension().name())).toList();
    }
}
