package io.migrata.schema.op;

import io.migrata.schema.AggregateDef;

import java.util.Objects;

/** {@code CREATE AGGREGATE}, as its definition says. */
public record CreateAggregate(AggregateDef aggregate) implements SchemaOp {

    public CreateAggregate {
        Objects.requireNonNull(aggregate, "aggregate");
    }

    @Override
    public SchemaOp inverse() {
        return new DropAggregate(aggregate);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        return "create aggregate " + aggregate.signature();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitCreateAggregate(this);
    }
}
