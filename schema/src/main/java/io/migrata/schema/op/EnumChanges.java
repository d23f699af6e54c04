package io.migrata.schema.op;

import io.migrata.schema.ColumnRef;
import io.migrata.schema.EnumTypeDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;

import java.util.ArrayList;
import java.util.List;

/** How the enum ops change a model. */
final class EnumChanges {

    private EnumChanges() {
    }

    static SchemaModel create(Step step, EnumTypeDef type) {
        step.requireSchema(type.name());
        step.requireTypeNameFree(type.name());
        return step.model.withEnums(Step.with(step.model.enums(), type));
    }

    /** Columns are found by their type's spelling, which names user types schema-qualified. */
    static SchemaModel drop(Step step, EnumTypeDef type) {
        EnumTypeDef current = find(step, type.name());
        step.requireCurrent(current, type, "enum " + type.name());
        String scalar = type.asType().spelling();
        List<String> users = new ArrayList<>();
        for (TableDef table : step.model.tables()) {
            table.columns().stream()
                    .filter(c -> c.type().spelling().equals(scalar) || c.type().spelling().equals(scalar + "[]"))
                    .forEach(c -> users.add("column " + new ColumnRef(table.name(), c.name())));
        }
        if (!users.isEmpty()) throw step.fail("it is still the type of " + String.join(", ", users));
        return step.model.withEnums(Step.without(step.model.enums(), current));
    }

    static SchemaModel addValue(Step step, AddEnumValue op) {
        EnumTypeDef current = find(step, op.type());
        List<String> labels = new ArrayList<>(current.labels());
        if (labels.contains(op.label())) throw step.fail("enum " + op.type() + " already has the label " + op.label());
        if (op.before() != null) labels.add(neighbour(step, current, op.before()), op.label());
        else if (op.after() != null) labels.add(neighbour(step, current, op.after()) + 1, op.label());
        else labels.add(op.label());
        return withLabels(step, current, labels);
    }

    static SchemaModel dropValue(Step step, DropEnumValue op) {
        EnumTypeDef current = find(step, op.type());
        List<String> labels = new ArrayList<>(current.labels());
        int at = labels.indexOf(op.label());
        if (at < 0) throw step.fail("enum " + op.type() + " has no label " + op.label());
        if (!EnumLabelPosition.standsAt(labels, at, op.before(), op.after())) {
            throw step.fail("label " + op.label() + " of enum " + op.type() + " does not stand"
                    + EnumLabelPosition.describe(op.before(), op.after()) + " (labels are " + labels + ")");
        }
        labels.remove(at);
        return withLabels(step, current, labels);
    }

    /** Defaults, checks and views that spell the old label as text keep it: the model cannot rewrite them. */
    static SchemaModel renameValue(Step step, RenameEnumValue op) {
        EnumTypeDef current = find(step, op.type());
        List<String> labels = new ArrayList<>(current.labels());
        int at = labels.indexOf(op.from());
        if (at < 0) throw step.fail("enum " + op.type() + " has no label " + op.from());
        if (labels.contains(op.to())) throw step.fail("enum " + op.type() + " already has the label " + op.to());
        labels.set(at, op.to());
        return withLabels(step, current, labels);
    }

    static EnumTypeDef find(Step step, QualifiedName name) {
        return step.model.enumType(name).orElseThrow(() -> step.fail("enum " + name + " does not exist"));
    }

    private static int neighbour(Step step, EnumTypeDef type, String label) {
        int at = type.labels().indexOf(label);
        if (at < 0) throw step.fail("enum " + type.name() + " has no label " + label + " to place the new one next to");
        return at;
    }

    private static SchemaModel withLabels(Step step, EnumTypeDef current, List<String> labels) {
        EnumTypeDef changed = new EnumTypeDef(current.name(), labels, current.comment());
        return step.model.withEnums(Step.replaced(step.model.enums(), current, changed));
    }
}
