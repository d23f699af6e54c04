package io.migrata.schema;

import java.util.List;
import java.util.Objects;

public record ForeignKeyDef(
        String name,
        List<String> columns,
        QualifiedName targetTable,
        List<String> targetColumns,
        Action onDelete,
        Action onUpdate,
        boolean matchFull,
        Deferrability deferrability) implements ConstraintDef {

    public enum Action {
        NO_ACTION("NO ACTION"), RESTRICT("RESTRICT"), CASCADE("CASCADE"), SET_NULL("SET NULL"), SET_DEFAULT("SET DEFAULT");

        private final String sql;

        Action(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }
    }

    public ForeignKeyDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(targetTable, "targetTable");
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
        Objects.requireNonNull(deferrability, "deferrability");
        columns = List.copyOf(columns);
        targetColumns = List.copyOf(targetColumns);
        if (columns.isEmpty()) throw new IllegalArgumentException("foreign key " + name + " has no columns");
        if (columns.size() != targetColumns.size()) {
            throw new IllegalArgumentException("foreign key " + name + " has " + columns.size()
                    + " columns but references " + targetColumns.size());
        }
    }

    /** A simple foreign key with NO ACTION rules, checked immediately. */
    public static ForeignKeyDef of(String name, List<String> columns, QualifiedName target, List<String> targetColumns) {
        return new ForeignKeyDef(name, columns, target, targetColumns, Action.NO_ACTION, Action.NO_ACTION, false,
                Deferrability.NOT_DEFERRABLE);
    }

    @Override
    public String kind() {
        return "foreign key";
    }
}
