package io.migrata.schema.migration;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.ColumnRef;
import io.migrata.schema.ConstraintDef;
import io.migrata.schema.EnumTypeDef;
import io.migrata.schema.ExtensionDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.FunctionDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.TableDef;
import io.migrata.schema.TriggerDef;
import io.migrata.schema.UniqueDef;
import io.migrata.schema.ViewDef;
import io.migrata.schema.op.AlterSequence;
import io.migrata.schema.op.CommentTarget;
import io.migrata.schema.op.DropColumn;
import io.migrata.schema.op.DropConstraint;
import io.migrata.schema.op.DropIndex;
import io.migrata.schema.op.DropSequence;
import io.migrata.schema.op.DropTable;
import io.migrata.schema.op.SchemaOp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What the short forms read from the live schema. Where PostgreSQL silently drops dependent
 * objects with a column or table (its indexes and constraints, the sequences it owns), the short
 * form records those drops as operations of their own, so the recorded list says everything the
 * statement does and inverts exactly. Check constraints are expressions the model cannot search:
 * one that mentions a dropped column is dropped by PostgreSQL without a recorded operation.
 */
final class ShortForms {

    private ShortForms() {
    }

    static TableDef table(SchemaModel model, QualifiedName name, String call) {
        return model.table(name).orElseThrow(() -> missing(call, "table " + name));
    }

    static ColumnDef column(SchemaModel model, QualifiedName table, String column, String call) {
        return table(model, table, call).column(column)
                .orElseThrow(() -> missing(call, "column " + new ColumnRef(table, column)));
    }

    static List<SchemaOp> dropTable(SchemaModel model, QualifiedName name, String call) {
        TableDef table = table(model, name, call);
        return withOwnedSequences(model, ref -> ref.table().equals(name), new DropTable(table));
    }

    static List<SchemaOp> dropColumn(SchemaModel model, QualifiedName name, String column, String call) {
        TableDef table = table(model, name, call);
        ColumnDef definition = column(model, name, column, call);
        List<SchemaOp> ops = new ArrayList<>();
        for (IndexDef index : table.indexes()) {
            boolean listed = index.include().contains(column)
                    || index.keys().stream().map(IndexKey::column).anyMatch(column::equals);
            if (listed) ops.add(new DropIndex(name, index, false));
        }
        for (ConstraintDef constraint : table.constraints()) {
            if (constraintColumns(constraint).contains(column)) ops.add(new DropConstraint(name, constraint));
        }
        ops.addAll(withOwnedSequences(model, new ColumnRef(name, column)::equals, new DropColumn(name, definition)));
        return ops;
    }

    private static List<String> constraintColumns(ConstraintDef constraint) {
        if (constraint instanceof PrimaryKeyDef key) return key.columns();
        if (constraint instanceof UniqueDef unique) return unique.columns();
        if (constraint instanceof ForeignKeyDef foreignKey) return foreignKey.columns();
        return List.of();
    }

    /** {@code drop}, with each sequence it takes along disowned before and dropped after. */
    private static List<SchemaOp> withOwnedSequences(SchemaModel model, Predicate<ColumnRef> owner, SchemaOp drop) {
        List<SequenceDef> owned = model.sequences().stream()
                .filter(s -> s.ownedBy() != null && owner.test(s.ownedBy()))
                .toList();
        List<SchemaOp> ops = new ArrayList<>();
        List<SchemaOp> after = new ArrayList<>();
        for (SequenceDef sequence : owned) {
            SequenceDef free = new SequenceDef(sequence.name(), sequence.type(), sequence.options(), null,
                    sequence.comment());
            ops.add(new AlterSequence(sequence, free));
            after.add(new DropSequence(free));
        }
        ops.add(drop);
        ops.addAll(after);
        return ops;
    }

    static ConstraintDef constraint(SchemaModel model, QualifiedName table, String name, String call) {
        return table(model, table, call).constraint(name)
                .orElseThrow(() -> missing(call, "constraint " + name + " on " + table));
    }

    static IndexDef index(SchemaModel model, QualifiedName table, String name, String call) {
        return table(model, table, call).indexes().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> missing(call, "index " + name + " on " + table));
    }

    static EnumTypeDef enumType(SchemaModel model, QualifiedName name, String call) {
        return model.enumType(name).orElseThrow(() -> missing(call, "enum type " + name));
    }

    static SequenceDef sequence(SchemaModel model, QualifiedName name, String call) {
        return model.sequence(name).orElseThrow(() -> missing(call, "sequence " + name));
    }

    static ViewDef view(SchemaModel model, QualifiedName name, String call) {
        return model.view(name).orElseThrow(() -> missing(call, "view " + name));
    }

    static ExtensionDef extension(SchemaModel model, String name, String call) {
        return model.extension(name).orElseThrow(() -> missing(call, "extension " + name));
    }

    static FunctionDef function(SchemaModel model, String signature, String call) {
        return model.function(signature).orElseThrow(() -> missing(call, "function " + signature));
    }

    static TriggerDef trigger(SchemaModel model, QualifiedName table, String name, String call) {
        return model.trigger(table, name).orElseThrow(() -> missing(call, "trigger " + name + " on " + table));
    }

    /** Where {@code label} stands: after its predecessor, before its successor if it is first, else at the end. */
    static EnumPosition position(EnumTypeDef type, String label, String call) {
        int at = type.labels().indexOf(label);
        if (at < 0) throw missing(call, "label " + label + " in enum type " + type.name());
        if (at == type.labels().size() - 1) return EnumPosition.END;
        if (at == 0) return new EnumPosition(type.labels().get(1), null);
        return new EnumPosition(null, type.labels().get(at - 1));
    }

    /** The comment {@code target} has now, or null. */
    static String comment(SchemaModel model, CommentTarget target, String call) {
        QualifiedName name = target.object();
        return switch (target.kind()) {
            case TABLE -> table(model, name, call).comment();
            case COLUMN -> column(model, name, target.member(), call).comment();
            case VIEW, MATERIALIZED_VIEW -> {
                ViewDef view = view(model, name, call);
                if (view.materialized() != (target.kind() == CommentTarget.Kind.MATERIALIZED_VIEW)) {
                    throw missing(call, target.toString());
                }
                yield view.comment();
            }
            case TYPE -> enumType(model, name, call).comment();
            case SEQUENCE -> sequence(model, name, call).comment();
            case DOMAIN -> model.domain(name).orElseThrow(() -> missing(call, "domain " + name)).comment();
            case FUNCTION, PROCEDURE -> model.function(target.objectSql()).orElseThrow(() -> missing(call, target.toString())).comment();
            case AGGREGATE -> model.aggregate(target.objectSql()).orElseThrow(() -> missing(call, target.toString())).comment();
            case TRIGGER -> model.trigger(name, target.member()).orElseThrow(() -> missing(call, target.toString())).comment();
        };
    }

    private static NotInLiveSchemaException missing(String call, String what) {
        return new NotInLiveSchemaException(call + ": the live schema has no " + what);
    }
}
