package io.migrata.schema.op;

import io.migrata.schema.AggregateDef;

import java.util.Objects;

/** {@code DROP AGGREGATE} by signature; carries the whole definition so the inverse can create it again. */
public record DropAggregate(AggregateDef aggregate) implements SchemaOp {

    public DropAggregate {
        Objects.requireNonNull(aggregate, "aggregate");
    }

    @Override
    public SchemaOp inverse() {
        return new CreateAggregate(aggregate);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        return "drop aggregate " + aggregate.signature();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitDropAggregate(this);
    }
}
