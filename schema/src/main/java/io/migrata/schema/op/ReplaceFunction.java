package io.migrata.schema.op;

import io.migrata.schema.FunctionDef;

import java.util.Objects;

/**
 * A function's or procedure's new definition under the same signature: {@code CREATE OR REPLACE},
 * which keeps the triggers, views and defaults that use it, or a drop and create where PostgreSQL
 * refuses to replace (another result type, renamed parameters); the renderer spells that out.
 */
public record ReplaceFunction(FunctionDef from, FunctionDef to) implements SchemaOp {

    public ReplaceFunction {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.signature().equals(to.signature())) {
            throw new IllegalArgumentException("replace function cannot turn " + from.signature() + " into " + to.signature());
        }
        if (from.equals(to)) throw new IllegalArgumentException("replace function " + from.signature() + " changes nothing");
    }

    /**
     * Whether PostgreSQL may refuse {@code CREATE OR REPLACE}, so that the routine is dropped and
     * created again and loses what hangs on it (grants, comment): it does for another kind, and may
     * for a changed header (parameters, their names and defaults, result type). The header is what
     * {@code pg_get_functiondef} prints before its {@code LANGUAGE} line; a body or an attribute
     * ({@code STABLE}, {@code SECURITY DEFINER}, …) is always replaced in place.
     */
    public boolean mayRecreate() {
        return from.procedure() != to.procedure() || !header(from).equals(header(to));
    }

    private static String header(FunctionDef function) {
        String definition = function.definition();
        int language = definition.indexOf("\n LANGUAGE ");
        return language < 0 ? definition : definition.substring(0, language);
    }

    @Override
    public SchemaOp inverse() {
        return new ReplaceFunction(to, from);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        String text = "replace " + from.kind() + " " + from.signature();
        return from.procedure() == to.procedure() ? text : text + " with a " + to.kind();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitReplaceFunction(this);
    }
}
