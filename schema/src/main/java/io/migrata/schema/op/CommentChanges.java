package io.migrata.schema.op;

import io.migrata.schema.AggregateDef;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.DomainDef;
import io.migrata.schema.EnumTypeDef;
import io.migrata.schema.FunctionDef;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.TableDef;
import io.migrata.schema.TriggerDef;
import io.migrata.schema.ViewDef;

import java.util.Objects;

/** How {@link SetComment} changes a model: the target must exist and carry the {@code from} comment. */
final class CommentChanges {

    private CommentChanges() {
    }

    static SchemaModel set(Step step, SetComment op) {
        CommentTarget target = op.target();
        SchemaModel model = step.model;
        return switch (target.kind()) {
            case TABLE -> {
                TableDef table = step.table(target.object());
                requireFrom(step, table.comment(), op);
                yield step.withTable(table.withComment(op.to()));
            }
            case COLUMN -> {
                TableDef table = step.table(target.object());
                ColumnDef column = step.column(table, target.member());
                requireFrom(step, column.comment(), op);
                yield step.withTable(table.withColumn(column.name(), c -> c.withComment(op.to())));
            }
            case VIEW, MATERIALIZED_VIEW -> {
                ViewDef view = SchemaChanges.findView(step, target.object());
                if (view.materialized() != (target.kind() == CommentTarget.Kind.MATERIALIZED_VIEW)) {
                    throw step.fail(target.object() + " is a " + ViewKind.of(view));
                }
                requireFrom(step, view.comment(), op);
                ViewDef changed = view.withComment(op.to());
                yield model.withViews(Step.replaced(model.views(), view, changed));
            }
            case TYPE -> {
                EnumTypeDef type = EnumChanges.find(step, target.object());
                requireFrom(step, type.comment(), op);
                EnumTypeDef changed = new EnumTypeDef(type.name(), type.labels(), op.to());
                yield model.withEnums(Step.replaced(model.enums(), type, changed));
            }
            case SEQUENCE -> {
                SequenceDef sequence = SchemaChanges.findSequence(step, target.object());
                requireFrom(step, sequence.comment(), op);
                SequenceDef changed = new SequenceDef(sequence.name(), sequence.type(), sequence.options(),
                        sequence.ownedBy(), op.to());
                yield model.withSequences(Step.replaced(model.sequences(), sequence, changed));
            }
            case DOMAIN -> {
                DomainDef domain = model.domain(target.object())
                        .orElseThrow(() -> step.fail("domain " + target.object() + " does not exist"));
                requireFrom(step, domain.comment(), op);
                yield model.withDomains(Step.replaced(model.domains(), domain, domain.withComment(op.to())));
            }
            case FUNCTION, PROCEDURE -> {
                String signature = target.objectSql();
                FunctionDef function = model.function(signature)
                        .filter(f -> f.procedure() == (target.kind() == CommentTarget.Kind.PROCEDURE))
                        .orElseThrow(() -> step.fail(target.kind().sql() + " " + signature + " does not exist"));
                requireFrom(step, function.comment(), op);
                yield model.withFunctions(Step.replaced(model.functions(), function, function.withComment(op.to())));
            }
            case AGGREGATE -> {
                AggregateDef aggregate = model.aggregate(target.objectSql())
                        .orElseThrow(() -> step.fail("aggregate " + target.objectSql() + " does not exist"));
                requireFrom(step, aggregate.comment(), op);
                yield model.withAggregates(Step.replaced(model.aggregates(), aggregate, aggregate.withComment(op.to())));
            }
            case TRIGGER -> {
                TriggerDef trigger = model.trigger(target.object(), target.member())
                        .orElseThrow(() -> step.fail("trigger " + target.objectSql() + " does not exist"));
                requireFrom(step, trigger.comment(), op);
                yield model.withTriggers(Step.replaced(model.triggers(), trigger, trigger.withComment(op.to())));
            }
        };
    }

    private static void requireFrom(Step step, String current, SetComment op) {
        if (!Objects.equals(current, op.from())) {
            throw step.fail("the " + op.target() + " has comment " + quoted(current) + ", not " + quoted(op.from()));
        }
    }

    private static String quoted(String comment) {
        return comment == null ? "none" : OpText.literal(comment);
    }
}
