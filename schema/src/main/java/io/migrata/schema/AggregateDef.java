package io.migrata.schema;

import java.util.Objects;

/**
 * An aggregate ({@code CREATE AGGREGATE}), ordinary, ordered-set or hypothetical-set. PostgreSQL
 * keeps no statement for one, so the introspector writes {@code definition} from {@code pg_aggregate}
 * the way pg_dump does: every support function and type as the catalog names them, and only the
 * options that differ from their defaults, so two aggregates made alike compare equal.
 *
 * @param argumentTypes the arguments as {@code pg_get_function_identity_arguments} spells them
 *                      ({@code text}, {@code double precision ORDER BY anyelement}), or {@code *} for none
 * @param comment       the comment on it ({@code COMMENT ON AGGREGATE}), or null
 */
public record AggregateDef(QualifiedName name, String argumentTypes, String definition, String comment) {

    public AggregateDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(argumentTypes, "argumentTypes");
        Objects.requireNonNull(definition, "definition");
        if (argumentTypes.isBlank()) throw new IllegalArgumentException("aggregate " + name + " names no arguments (write * for none)");
        if (definition.isBlank()) throw new IllegalArgumentException("definition of aggregate " + name + " is empty");
    }

    /** An aggregate without a comment. */
    public AggregateDef(QualifiedName name, String argumentTypes, String definition) {
        this(name, argumentTypes, definition, null);
    }

    public AggregateDef withComment(String newComment) {
        return new AggregateDef(name, argumentTypes, definition, newComment);
    }

    /** {@code public.group_concat(text)}: what {@code DROP AGGREGATE} names. */
    public String signature() {
        return name + "(" + argumentTypes + ")";
    }
}
