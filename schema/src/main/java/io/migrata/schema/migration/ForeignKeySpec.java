package io.migrata.schema.migration;

import io.migrata.schema.Deferrability;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.ForeignKeyDef.Action;
import io.migrata.schema.QualifiedName;

import java.util.List;

/**
 * {@code FOREIGN KEY (columns) REFERENCES table (columns)}, with {@code NO ACTION} rules, checked
 * immediately, unless told otherwise.
 *
 * <pre>{@code
 * foreignKey("user_id").references("users", "id").onDelete(CASCADE)
 * constraint("fk_bills_meter_id").foreignKey("meter_id").references("meters", "id")
 * }</pre>
 */
public final class ForeignKeySpec extends ConstraintSpec {

    private final String name;
    private final List<String> columns;
    private final String target;
    private final List<String> targetColumns;
    private final Action onDelete;
    private final Action onUpdate;
    private final boolean matchFull;
    private final Deferrability deferrability;

    ForeignKeySpec(String name, List<String> columns) {
        this(name, columns, null, List.of(), Action.NO_ACTION, Action.NO_ACTION, false, Deferrability.NOT_DEFERRABLE);
    }

    private ForeignKeySpec(String name, List<String> columns, String target, List<String> targetColumns,
                           Action onDelete, Action onUpdate, boolean matchFull, Deferrability deferrability) {
        this.name = name;
        this.columns = columns;
        this.target = target;
        this.targetColumns = targetColumns;
        this.onDelete = onDelete;
        this.onUpdate = onUpdate;
        this.matchFull = matchFull;
        this.deferrability = deferrability;
    }

    /** The referenced table ({@code "users"} or {@code "billing.accounts"}) and its key columns. */
    public ForeignKeySpec references(String table, String... keyColumns) {
        return new ForeignKeySpec(name, columns, Require.text(table, "referenced table name"),
                Require.names(keyColumns, "foreign key reference", "column"), onDelete, onUpdate, matchFull,
                deferrability);
    }

    public ForeignKeySpec onDelete(Action action) {
        return new ForeignKeySpec(name, columns, target, targetColumns, Require.present(action, "on delete action"),
                onUpdate, matchFull, deferrability);
    }

    public ForeignKeySpec onUpdate(Action action) {
        return new ForeignKeySpec(name, columns, target, targetColumns, onDelete,
                Require.present(action, "on update action"), matchFull, deferrability);
    }

    /** {@code MATCH FULL}: a row with some but not all key columns null is refused. */
    public ForeignKeySpec matchFull() {
        return new ForeignKeySpec(name, columns, target, targetColumns, onDelete, onUpdate, true, deferrability);
    }

    public ForeignKeySpec deferrable() {
        return new ForeignKeySpec(name, columns, target, targetColumns, onDelete, onUpdate, matchFull,
                Deferrability.DEFERRABLE_INITIALLY_IMMEDIATE);
    }

    /** {@code DEFERRABLE INITIALLY DEFERRED}: checked at commit. */
    public ForeignKeySpec initiallyDeferred() {
        return new ForeignKeySpec(name, columns, target, targetColumns, onDelete, onUpdate, matchFull,
                Deferrability.DEFERRABLE_INITIALLY_DEFERRED);
    }

    @Override
    public ForeignKeyDef resolve(QualifiedName table, ObjectNames names) {
        if (target == null) {
            throw new IllegalArgumentException("foreign key (" + String.join(", ", columns) + ") on " + table
                    + " references nothing: add .references(table, columns)");
        }
        return new ForeignKeyDef(name != null ? name : DefaultNames.foreignKey(table.name(), columns), columns,
                names.parse(target, "referenced table"), targetColumns, onDelete, onUpdate, matchFull, deferrability);
    }
}
