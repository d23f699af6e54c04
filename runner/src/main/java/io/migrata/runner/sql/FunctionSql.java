package io.migrata.runner.sql;

import io.migrata.schema.FunctionDef;
import io.migrata.schema.TriggerDef;
import io.migrata.schema.op.CommentTarget;
import io.migrata.schema.op.CreateFunction;
import io.migrata.schema.op.CreateTrigger;
import io.migrata.schema.op.DropFunction;
import io.migrata.schema.op.DropTrigger;
import io.migrata.schema.op.ReplaceFunction;

import java.util.List;

/**
 * Functions, procedures and triggers. Their definitions are PostgreSQL's own statements
 * ({@code pg_get_functiondef}, {@code pg_get_triggerdef}), run as they are.
 */
final class FunctionSql {

    private FunctionSql() {
    }

    /**
     * A function is created before the tables and views its body may read (defaults, checks and
     * triggers need it first), so its body is not checked on creation, as pg_dump's scripts do:
     * a SQL-language body naming a table created later in the migration would fail otherwise.
     */
    static List<Statement> create(CreateFunction op) {
        return withComment(withoutBodyCheck(new Statements(op), definition(op.function())), op.function());
    }

    /**
     * {@code CREATE OR REPLACE} keeps what uses the function, but PostgreSQL refuses it for another
     * result type or renamed parameters ({@code invalid_function_definition}); a {@code DO} block
     * then drops and creates it, as for a view.
     */
    static List<Statement> replace(ReplaceFunction op) {
        if (op.from().procedure() != op.to().procedure()) {
            return withComment(withoutBodyCheck(new Statements(op).add(drop(op.from())), definition(op.to())), op.to());
        }
        String body = "BEGIN\n"
                + definition(op.to()) + ";\n"
                + "EXCEPTION WHEN invalid_function_definition THEN\n"
                + drop(op.from()) + ";\n"
                + definition(op.to()) + ";\n"
                + "END";
        // Said again after the block: a drop and create inside it takes the comment away.
        return withComment(withoutBodyCheck(new Statements(op), "DO " + SqlText.dollarQuoted(body)), op.to());
    }

    private static Statements withoutBodyCheck(Statements statements, String sql) {
        return statements.add("SET LOCAL check_function_bodies = off").add(sql).add("RESET check_function_bodies");
    }

    private static List<Statement> withComment(Statements statements, FunctionDef function) {
        return statements.addIfPresent(CommentSql.onCreate(CommentTarget.function(function), function.comment())).toList();
    }

    static List<Statement> drop(DropFunction op) {
        return new Statements(op).add(drop(op.function())).toList();
    }

    static List<Statement> createTrigger(CreateTrigger op) {
        return new Statements(op).add(SqlText.query(op.trigger().definition()))
                .addIfPresent(CommentSql.onCreate(CommentTarget.trigger(op.trigger()), op.trigger().comment())).toList();
    }

    static List<Statement> dropTrigger(DropTrigger op) {
        TriggerDef trigger = op.trigger();
        return new Statements(op).add("DROP TRIGGER " + SqlText.name(trigger.name()) + " ON " + trigger.table()).toList();
    }

    private static String definition(FunctionDef function) {
        return SqlText.query(function.definition());
    }

    private static String drop(FunctionDef function) {
        return "DROP " + (function.procedure() ? "PROCEDURE " : "FUNCTION ") + function.signature();
    }
}
