package io.migrata.schema.op;

import io.migrata.schema.SchemaModel;
import io.migrata.schema.TriggerDef;

/** Triggers, on a table or view of the model; names are distinct per table. */
final class TriggerChanges {

    private TriggerChanges() {
    }

    static SchemaModel create(Step step, TriggerDef trigger) {
        if (step.model.table(trigger.table()).isEmpty() && step.model.view(trigger.table()).isEmpty()) {
            throw step.fail("no table or view " + trigger.table());
        }
        if (step.model.trigger(trigger.table(), trigger.name()).isPresent()) throw step.fail("trigger exists already");
        return step.model.withTriggers(Step.with(step.model.triggers(), trigger));
    }

    static SchemaModel drop(Step step, TriggerDef trigger) {
        TriggerDef current = step.model.trigger(trigger.table(), trigger.name())
                .orElseThrow(() -> step.fail("trigger does not exist"));
        step.requireCurrent(current, trigger, "trigger " + trigger.describe());
        return step.model.withTriggers(Step.without(step.model.triggers(), current));
    }
}
