package io.migrata.schema.migration;

import io.migrata.schema.AggregateDef;

/**
 * An aggregate by name, arguments and its whole {@code CREATE AGGREGATE} statement:
 * {@code aggregate("group_concat", "text", "CREATE AGGREGATE public.group_concat(text) (SFUNC = public._group_concat, STYPE = text)")}.
 * The arguments tell overloads apart, as {@code DROP AGGREGATE group_concat(text)} does; {@code "*"} for none.
 */
public final class AggregateSpec {

    private final String name;
    private final String argumentTypes;
    private final String definition;

    AggregateSpec(String name, String argumentTypes, String definition) {
        this.name = name;
        this.argumentTypes = argumentTypes;
        this.definition = definition;
    }

    public AggregateDef resolve(ObjectNames names) {
        return new AggregateDef(names.parse(name, "aggregate"), argumentTypes, definition);
    }
}
