package io.migrata.schema.op;

import io.migrata.schema.ExtensionDef;
import io.migrata.schema.Identifiers;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;

/** Extensions: installed once per database by name, into a schema the model covers. */
final class ExtensionChanges {

    private ExtensionChanges() {
    }

    static SchemaModel create(Step step, ExtensionDef extension) {
        if (step.model.extension(extension.name()).isPresent()) {
            throw step.fail("extension " + Identifiers.quote(extension.name()) + " is already installed");
        }
        step.requireSchema(QualifiedName.of(extension.schema(), extension.name()));
        return step.model.withExtensions(Step.with(step.model.extensions(), extension));
    }

    static SchemaModel alter(Step step, AlterExtension op) {
        ExtensionDef current = find(step, op.from().name());
        step.requireCurrent(current, op.from(), "extension " + Identifiers.quote(current.name()));
        step.requireSchema(QualifiedName.of(op.to().schema(), op.to().name()));
        return step.model.withExtensions(Step.replaced(step.model.extensions(), current, op.to()));
    }

    static SchemaModel drop(Step step, ExtensionDef extension) {
        ExtensionDef current = find(step, extension.name());
        step.requireCurrent(current, extension, "extension " + Identifiers.quote(current.name()));
        return step.model.withExtensions(Step.without(step.model.extensions(), current));
    }

    private static ExtensionDef find(Step step, String name) {
        return step.model.extension(name)
                .orElseThrow(() -> step.fail("extension " + Identifiers.quote(name) + " is not installed"));
    }
}
