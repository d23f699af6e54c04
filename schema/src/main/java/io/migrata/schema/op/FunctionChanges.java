package io.migrata.schema.op;

import io.migrata.schema.FunctionDef;
import io.migrata.schema.SchemaModel;

/** Functions and procedures, known by signature; a trigger that calls one is not looked into (its call is text). */
final class FunctionChanges {

    private FunctionChanges() {
    }

    static SchemaModel create(Step step, FunctionDef function) {
        step.requireSchema(function.name());
        if (step.model.function(function.signature()).isPresent()) {
            throw step.fail(function.kind() + " " + function.signature() + " already exists");
        }
        return step.model.withFunctions(Step.with(step.model.functions(), function));
    }

    static SchemaModel replace(Step step, ReplaceFunction op) {
        FunctionDef current = find(step, op.from());
        step.requireCurrent(current, op.from(), current.kind() + " " + current.signature());
        return step.model.withFunctions(Step.replaced(step.model.functions(), current, op.to()));
    }

    static SchemaModel drop(Step step, FunctionDef function) {
        FunctionDef current = find(step, function);
        step.requireCurrent(current, function, current.kind() + " " + current.signature());
        return step.model.withFunctions(Step.without(step.model.functions(), current));
    }

    private static FunctionDef find(Step step, FunctionDef function) {
        return step.model.function(function.signature())
                .orElseThrow(() -> step.fail(function.kind() + " " + function.signature() + " does not exist"));
    }
}
