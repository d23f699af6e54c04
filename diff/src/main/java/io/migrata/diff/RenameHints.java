package io.migrata.diff;

import io.migrata.schema.EnumTypeDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;
import io.migrata.schema.op.OpApplier;
import io.migrata.schema.op.RenameColumn;
import io.migrata.schema.op.RenameEnumValue;
import io.migrata.schema.op.RenameTable;
import io.migrata.schema.op.SchemaOp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns rename hints into rename ops, after checking that each describes a real rename between the
 * two models (the old name exists only before, the new one only after), and applies them: the
 * comparators then compare the renamed model with the target like any other.
 */
final class RenameHints {

    /** The rename ops (tables, then columns, then labels) and the model after them. */
    record Plan(List<SchemaOp> ops, SchemaModel renamed) {
    }

    private RenameHints() {
    }

    static Plan resolve(SchemaModel from, SchemaModel to, List<RenameHint> hints) {
        if (hints.isEmpty()) return new Plan(List.of(), from);
        Set<String> seen = new HashSet<>();
        for (RenameHint hint : hints) {
            if (!seen.add(hint.kind() + " " + hint.object() + " " + hint.from())) {
                throw invalid(hint, "it renames the same object as another hint");
            }
        }
        Map<QualifiedName, QualifiedName> tableNames = new HashMap<>();
        List<SchemaOp> tables = new ArrayList<>();
        List<SchemaOp> columns = new ArrayList<>();
        List<SchemaOp> labels = new ArrayList<>();
        for (RenameHint hint : hints) {
            if (hint.kind() == RenameHint.Kind.TABLE) {
                QualifiedName renamed = hint.object().withName(hint.to());
                require(hint, from.table(hint.object()).isPresent(), "table " + hint.object() + " does not exist before");
                require(hint, to.table(hint.object()).isEmpty(), "table " + hint.object() + " still exists after");
                require(hint, to.table(renamed).isPresent(), "table " + renamed + " does not exist after");
                require(hint, from.table(renamed).isEmpty(), "table " + renamed + " already exists before");
                tableNames.put(hint.object(), renamed);
                tables.add(new RenameTable(hint.object(), hint.to()));
            }
        }
        for (RenameHint hint : hints) {
            if (hint.kind() == RenameHint.Kind.COLUMN) columns.add(column(hint, from, to, tableNames));
            else if (hint.kind() == RenameHint.Kind.ENUM_LABEL) labels.add(label(hint, from, to));
        }
        List<SchemaOp> ops = new ArrayList<>(tables);
        ops.addAll(columns);
        ops.addAll(labels);
        try {
            return new Plan(List.copyOf(ops), OpApplier.apply(from, ops));
        } catch (IllegalStateException e) {
            throw new InvalidRenameHintException("the rename hints cannot be applied: " + e.getMessage(), e);
        }
    }

    private static SchemaOp column(RenameHint hint, SchemaModel from, SchemaModel to,
                                   Map<QualifiedName, QualifiedName> tableNames) {
        // The table may be named as it was or, as a candidate found after a table rename names it, as it is to be.
        QualifiedName old = from.table(hint.object()).isPresent() ? hint.object() : tableNames.entrySet().stream()
                .filter(renamed -> renamed.getValue().equals(hint.object())).map(Map.Entry::getKey)
                .findFirst().orElse(hint.object());
        QualifiedName after = tableNames.getOrDefault(old, old);
        TableDef before = from.table(old).orElseThrow(() ->
                invalid(hint, "table " + hint.object() + " does not exist before"));
        TableDef target = to.table(after).orElseThrow(() -> invalid(hint, "table " + after + " does not exist after"));
        require(hint, before.column(hint.from()).isPresent(), "column " + hint.from() + " does not exist before");
        require(hint, target.column(hint.from()).isEmpty(), "column " + hint.from() + " still exists after");
        require(hint, target.column(hint.to()).isPresent(), "column " + hint.to() + " does not exist after");
        require(hint, before.column(hint.to()).isEmpty(), "column " + hint.to() + " already exists before");
        return new RenameColumn(after, hint.from(), hint.to());
    }

    private static SchemaOp label(RenameHint hint, SchemaModel from, SchemaModel to) {
        EnumTypeDef before = from.enumType(hint.object()).orElseThrow(() ->
                invalid(hint, "enum " + hint.object() + " does not exist before"));
        EnumTypeDef after = to.enumType(hint.object()).orElseThrow(() ->
                invalid(hint, "enum " + hint.object() + " does not exist after"));
        require(hint, before.labels().contains(hint.from()), "label '" + hint.from() + "' does not exist before");
        require(hint, !after.labels().contains(hint.from()), "label '" + hint.from() + "' still exists after");
        require(hint, after.labels().contains(hint.to()), "label '" + hint.to() + "' does not exist after");
        require(hint, !before.labels().contains(hint.to()), "label '" + hint.to() + "' already exists before");
        return new RenameEnumValue(hint.object(), hint.from(), hint.to());
    }

    private static void require(RenameHint hint, boolean holds, String problem) {
        if (!holds) throw invalid(hint, problem);
    }

    private static InvalidRenameHintException invalid(RenameHint hint, String problem) {
        return new InvalidRenameHintException("rename hint \"" + hint + "\" does not describe a rename: " + problem
                + "; fix or remove the hint");
    }
}
