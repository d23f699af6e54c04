package io.migrata.schema;

import java.util.Objects;

/**
 * A function or procedure. Overloads share a name and differ by {@code argumentTypes}, so a routine
 * is known by its {@link #signature()}. {@code definition} is the whole {@code CREATE OR REPLACE}
 * statement as {@code pg_get_functiondef()} prints it: PostgreSQL's own normalized text, compared as
 * it is and run as it is to create the routine again.
 *
 * @param argumentTypes the input argument types as {@code oidvectortypes(proargtypes)} spells them,
 *                      {@code integer, text}; empty for none
 * @param comment       the comment on it ({@code COMMENT ON FUNCTION}), or null
 */
public record FunctionDef(QualifiedName name, String argumentTypes, boolean procedure, String definition, String comment) {

    public FunctionDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(argumentTypes, "argumentTypes");
        Objects.requireNonNull(definition, "definition");
        if (definition.isBlank()) throw new IllegalArgumentException("definition of " + name + " is empty");
    }

    /** A routine without a comment. */
    public FunctionDef(QualifiedName name, String argumentTypes, boolean procedure, String definition) {
        this(name, argumentTypes, procedure, definition, null);
    }

    public FunctionDef withComment(String newComment) {
        return new FunctionDef(name, argumentTypes, procedure, definition, newComment);
    }

    /** {@code public.touch_updated_at()}, {@code public.add(integer, integer)}: what {@code DROP FUNCTION} names. */
    public String signature() {
        return name + "(" + argumentTypes + ")";
    }

    /** {@code function} or {@code procedure}. */
    public String kind() {
        return procedure ? "procedure" : "function";
    }
}
