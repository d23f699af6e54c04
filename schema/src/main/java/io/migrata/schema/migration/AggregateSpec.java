package io.migrata.schema.migration;

import io.migrata.schema.AggregateDef;

/**
 * An aggregate by name, arguments and its whole {@code CREATE AGGREGATE} statement:
 * {@code aggregate("group_concat", "text", "CREATE AGGREGATE public.group_concat(text) (SFUNC = public._group_concat, STYPE = text)")}.
 * The arguments tell overloads apart, as {@code DROP AGGREGATE group_concat(text)} does; {@code "*"} for none.
 * {@code .comment("…")} gives its comment.
 */
public final class AggregateSpec {

    private final String name;
    private final String argumentTypes;
    private final String definition;
    private final String comment;

    AggregateSpec(String name, String argumentTypes, String definition, String comment) {
        this.name = name;
        this.argumentTypes = argumentTypes;
        this.definition = definition;
        this.comment = comment;
    }

    public AggregateSpec comment(String text) {
        return new AggregateSpec(name, argumentTypes, definition, Require.present(text, "aggregate comment"));
    }

    public AggregateDef resolve(ObjectNames names) {
        return new AggregateDef(names.parse(name, "aggregate"), argumentTypes, definition, comment);
    }
}
