package io.migrata.schema.op;

import io.migrata.schema.AggregateDef;
import io.migrata.schema.SchemaModel;

/**
 * Aggregates, known by signature. An aggregate shares the function namespace, so a function with
 * the same signature blocks it; the support functions it names are text and not looked into.
 */
final class AggregateChanges {

    private AggregateChanges() {
    }

    static SchemaModel create(Step step, AggregateDef aggregate) {
        step.requireSchema(aggregate.name());
        if (step.model.aggregate(aggregate.signature()).isPresent() || step.model.function(aggregate.signature()).isPresent()) {
            throw step.fail("a function or aggregate " + aggregate.signature() + " already exists");
        }
        return step.model.withAggregates(Step.with(step.model.aggregates(), aggregate));
    }

    static SchemaModel drop(Step step, AggregateDef aggregate) {
        AggregateDef current = step.model.aggregate(aggregate.signature())
                .orElseThrow(() -> step.fail("aggregate " + aggregate.signature() + " does not exist"));
        step.requireCurrent(current, aggregate, "aggregate " + current.signature());
        return step.model.withAggregates(Step.without(step.model.aggregates(), current));
    }
}
