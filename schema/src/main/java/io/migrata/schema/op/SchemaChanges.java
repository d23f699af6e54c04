package io.migrata.schema.op;

import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.ViewDef;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

/** How the schema, sequence and view ops change a model. */
final class SchemaChanges {

    private SchemaChanges() {
    }

    static SchemaModel createSchema(Step step, String name) {
        if (step.model.schemas().contains(name)) throw step.fail("schema " + name + " already exists");
        return step.model.withSchemas(Step.with(step.model.schemas(), name));
    }

    static SchemaModel dropSchema(Step step, String name) {
        SchemaModel model = step.model;
        if (!model.schemas().contains(name)) throw step.fail("schema " + name + " does not exist");
        List<String> contents = Stream.of(
                        model.tables().stream().filter(t -> t.name().schema().equals(name)).map(t -> "table " + t.name()),
                        model.views().stream().filter(v -> v.name().schema().equals(name)).map(v -> ViewKind.of(v) + " " + v.name()),
                        model.sequences().stream().filter(s -> s.name().schema().equals(name)).map(s -> "sequence " + s.name()),
                        model.enums().stream().filter(e -> e.name().schema().equals(name)).map(e -> "enum " + e.name()),
                        model.extensions().stream().filter(e -> e.schema().equals(name)).map(e -> "extension " + e.name()),
                        model.functions().stream().filter(f -> f.name().schema().equals(name)).map(f -> f.kind() + " " + f.signature()),
                        model.domains().stream().filter(d -> d.name().schema().equals(name)).map(d -> "domain " + d.name()))
                .flatMap(kind -> kind)
                .toList();
        if (!contents.isEmpty()) throw step.fail("it still holds " + String.join(", ", contents));
        // PostgreSQL drops the comment with the schema, which no inverse would restore.
        if (model.schemaComment(name) != null) throw step.fail("it still has a comment: remove it first");
        return model.withSchemas(Step.without(model.schemas(), name));
    }

    static SchemaModel setComment(Step step, SetSchemaComment op) {
        if (!step.model.schemas().contains(op.schema())) throw step.fail("schema " + op.schema() + " does not exist");
        String current = step.model.schemaComment(op.schema());
        if (!Objects.equals(current, op.from())) {
            throw step.fail("the schema has comment " + (current == null ? "none" : OpText.literal(current)) + ", not "
                    + (op.from() == null ? "none" : OpText.literal(op.from())));
        }
        Map<String, String> comments = new TreeMap<>(step.model.schemaComments());
        if (op.to() == null) comments.remove(op.schema());
        else comments.put(op.schema(), op.to());
        return step.model.withSchemaComments(comments);
    }

    static SchemaModel createSequence(Step step, SequenceDef sequence) {
        step.requireSchema(sequence.name());
        step.requireRelationNameFree(sequence.name());
        step.requireOwner(sequence.name(), sequence.ownedBy());
        return step.model.withSequences(Step.with(step.model.sequences(), sequence));
    }

    static SchemaModel alterSequence(Step step, AlterSequence op) {
        SequenceDef current = findSequence(step, op.from().name());
        step.requireCurrent(current, op.from(), "sequence " + current.name());
        step.requireOwner(current.name(), op.to().ownedBy());
        return step.model.withSequences(Step.replaced(step.model.sequences(), current, op.to()));
    }

    /** A {@code nextval} default that still names the sequence is text and goes unnoticed. */
    static SchemaModel dropSequence(Step step, SequenceDef sequence) {
        SequenceDef current = findSequence(step, sequence.name());
        step.requireCurrent(current, sequence, "sequence " + sequence.name());
        return step.model.withSequences(Step.without(step.model.sequences(), current));
    }

    static SequenceDef findSequence(Step step, QualifiedName name) {
        return step.model.sequence(name).orElseThrow(() -> step.fail("sequence " + name + " does not exist"));
    }

    static SchemaModel createView(Step step, ViewDef view) {
        step.requireSchema(view.name());
        step.requireRelationNameFree(view.name());
        step.requireTypeNameFree(view.name());
        return step.model.withViews(Step.with(step.model.views(), view));
    }

    /** Views depending on tables or other views are not tracked: their queries are text. */
    static SchemaModel dropView(Step step, ViewDef view) {
        ViewDef current = findView(step, view.name());
        step.requireCurrent(current, view, ViewKind.of(current) + " " + view.name());
        step.requireNoTriggers(view.name());
        return step.model.withViews(Step.without(step.model.views(), current));
    }

    static SchemaModel replaceView(Step step, ReplaceView op) {
        ViewDef current = findView(step, op.from().name());
        step.requireCurrent(current, op.from(), ViewKind.of(current) + " " + current.name());
        return step.model.withViews(Step.replaced(step.model.views(), current, op.to()));
    }

    static ViewDef findView(Step step, QualifiedName name) {
        return step.model.view(name).orElseThrow(() -> step.fail("view " + name + " does not exist"));
    }
}
