package io.migrata.entities.sql;

import java.util.List;

/** A parsed SQL expression, before PostgreSQL's type resolution. */
sealed interface Expr {

    enum LiteralKind { INTEGER, NUMERIC, STRING, BOOLEAN, NULL }

    record Column(String name) implements Expr {
    }

    /** A constant; {@code text} is the value without quotes (a negative number keeps its sign). */
    record Literal(LiteralKind kind, String text) implements Expr {
    }

    /** {@code CURRENT_TIMESTAMP} and friends, which PostgreSQL prints in upper case. */
    record ValueFunction(String keyword, String precision) implements Expr {
    }

    record Call(String name, List<Expr> args) implements Expr {
    }

    /** A binary operator, comparison or arithmetic; LIKE is already {@code ~~}. */
    record Binary(String op, Expr left, Expr right) implements Expr {
    }

    record Logical(boolean and, List<Expr> args) implements Expr {
    }

    record Not(Expr arg) implements Expr {
    }

    record In(Expr left, List<Expr> values, boolean negated) implements Expr {
    }

    record Between(Expr value, Expr low, Expr high, boolean negated) implements Expr {
    }

    record IsNull(Expr arg, boolean negated) implements Expr {
    }

    record Cast(Expr arg, String type) implements Expr {
    }

    record ArrayOf(List<Expr> elements) implements Expr {
    }

    /** {@code left op ANY (array)} or {@code ALL}. */
    record Quantified(String op, Expr left, Expr array, boolean all) implements Expr {
    }
}
