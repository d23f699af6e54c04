package io.migrata.diff;

import io.migrata.schema.CheckDef;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.ColumnRef;
import io.migrata.schema.Identifiers;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;
import io.migrata.schema.op.AddCheckConstraint;
import io.migrata.schema.op.AddColumn;
import io.migrata.schema.op.AddForeignKey;
import io.migrata.schema.op.AddPrimaryKey;
import io.migrata.schema.op.AddUniqueConstraint;
import io.migrata.schema.op.AlterColumn;
import io.migrata.schema.op.Backfill;
import io.migrata.schema.op.CreateIndex;
import io.migrata.schema.op.CreateTable;
import io.migrata.schema.op.DropConstraint;
import io.migrata.schema.op.DetachPartition;
import io.migrata.schema.op.DropIndex;
import io.migrata.schema.op.SchemaOp;
import io.migrata.schema.op.ValidateConstraint;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Rewrites the ops that would block a table that already exists into steps that let reads and
 * writes go on, each group under one reason that codegen writes above its first op:
 * <ul>
 *   <li>indexes created and dropped {@code CONCURRENTLY}, each in a step of its own;</li>
 *   <li>partitions detached {@code CONCURRENTLY} in a step of their own, unless their parent has a
 *       default partition;</li>
 *   <li>unique constraints and primary keys: their index built {@code CONCURRENTLY}, then taken over
 *       by {@code ADD CONSTRAINT … USING INDEX};</li>
 *   <li>foreign keys and checks added {@code NOT VALID} (a brief lock, no scan), then validated
 *       in their own transaction under a lock that lets writes go on;</li>
 *   <li>{@code SET NOT NULL} as a {@code CHECK (column IS NOT NULL) NOT VALID}, its validation,
 *       the {@code SET NOT NULL} (PostgreSQL 12 and later then skip the scan) and the check's drop;</li>
 *   <li>a NOT NULL column without a default added to a table that has rows, which as written would
 *       fail: added nullable, then a backfill for a person to write, then made NOT NULL as above.</li>
 * </ul>
 * Tables the same ops create are left alone: an empty table has nothing to block.
 *
 * <pre>{@code
 * OnlinePlan plan = OnlinePlan.of(diff.ops(), table -> true, current);
 * plan.ops();      // what the migration writes
 * plan.reasons();  // the first op of each rewritten group, and why
 * }</pre>
 *
 * @param ops     the rewritten ops, in order
 * @param reasons for the first op of each rewritten group, why it is written so
 */
public record OnlinePlan(List<SchemaOp> ops, Map<SchemaOp, String> reasons) {

    private static final int MAX_NAME_BYTES = 63;
    private static final String DEFAULT_BOUND = "DEFAULT";
    private static final String USING_INDEX = "its unique index built CONCURRENTLY in a step of its own (SHARE UPDATE"
            + " EXCLUSIVE: reads and writes go on), then taken over by ADD CONSTRAINT ... USING INDEX, a brief lock"
            + " without a scan; a rerun after a failed build drops the INVALID index it left and builds it again";

    public OnlinePlan {
        ops = List.copyOf(ops);
        reasons = Map.copyOf(reasons);
    }

    /**
     * @param hasRows whether an existing table may hold rows; answer true when unknown, so the
     *                plan never writes a step known to fail on a table with data
     * @param current the schema the ops apply to, which says which partitioned tables have a default
     *                partition (PostgreSQL detaches no partition of those concurrently)
     */
    public static OnlinePlan of(List<? extends SchemaOp> ops, Predicate<QualifiedName> hasRows, SchemaModel current) {
        Objects.requireNonNull(hasRows, "hasRows");
        Objects.requireNonNull(current, "current");
        Set<QualifiedName> withDefault = new HashSet<>();
        for (TableDef table : current.tables()) {
            if (table.partitionOf() != null && table.partitionOf().bound().equals(DEFAULT_BOUND)) withDefault.add(table.partitionOf().parent());
        }
        Set<QualifiedName> created = new HashSet<>();
        for (SchemaOp op : ops) {
            if (op instanceof CreateTable create) created.add(create.table().name());
        }
        List<SchemaOp> planned = new ArrayList<>();
        Map<SchemaOp, String> reasons = new LinkedHashMap<>();
        for (SchemaOp op : ops) {
            List<SchemaOp> group = created.contains(table(op)) ? List.of(op) : online(op, hasRows, withDefault, reasons);
            planned.addAll(group);
        }
        return new OnlinePlan(planned, reasons);
    }

    private static QualifiedName table(SchemaOp op) {
        if (op instanceof CreateIndex create) return create.table();
        if (op instanceof DropIndex drop) return drop.table();
        if (op instanceof AddForeignKey fk) return fk.table();
        if (op instanceof AddCheckConstraint check) return check.table();
        if (op instanceof AddUniqueConstraint unique) return unique.table();
        if (op instanceof AddPrimaryKey key) return key.table();
        if (op instanceof AlterColumn alter) return alter.table();
        if (op instanceof AddColumn add) return add.table();
        return null;
    }

    private static List<SchemaOp> online(SchemaOp op, Predicate<QualifiedName> hasRows, Set<QualifiedName> withDefault,
                                         Map<SchemaOp, String> reasons) {
        if (op instanceof DetachPartition detach && !detach.concurrently() && !withDefault.contains(detach.partition().parent())) {
            DetachPartition concurrent = new DetachPartition(detach.table(), detach.partition(), true);
            reasons.put(concurrent, "detached CONCURRENTLY in a step of its own (SHARE UPDATE EXCLUSIVE on "
                    + detach.partition().parent() + ": queries on it go on; PostgreSQL 14 and later)");
            return List.of(concurrent);
        }
        if (op instanceof CreateIndex create && !create.concurrently()) {
            CreateIndex concurrent = new CreateIndex(create.table(), create.index(), true);
            reasons.put(concurrent, "built CONCURRENTLY in a step of its own (SHARE UPDATE EXCLUSIVE: reads and writes"
                    + " go on); a rerun after a failed build drops the INVALID index it left and builds it again");
            return List.of(concurrent);
        }
        if (op instanceof DropIndex drop && !drop.concurrently()) {
            DropIndex concurrent = new DropIndex(drop.table(), drop.index(), true);
            reasons.put(concurrent, "dropped CONCURRENTLY in a step of its own, so queries using the index finish first"
                    + " and no ACCESS EXCLUSIVE lock is queued in front of them");
            return List.of(concurrent);
        }
        if (op instanceof AddForeignKey fk && !fk.notValid()) {
            AddForeignKey notValid = new AddForeignKey(fk.table(), fk.foreignKey(), true);
            reasons.put(notValid, "added NOT VALID (a brief lock, no scan), then validated in its own transaction,"
                    + " which scans under SHARE UPDATE EXCLUSIVE and lets writes go on");
            return List.of(notValid, new ValidateConstraint(fk.table(), fk.foreignKey().name()));
        }
        if (op instanceof AddCheckConstraint check && !check.notValid()) {
            AddCheckConstraint notValid = new AddCheckConstraint(check.table(), check.check(), true);
            reasons.put(notValid, "added NOT VALID (a brief lock, no scan), then validated in its own transaction,"
                    + " which scans under SHARE UPDATE EXCLUSIVE and lets writes go on");
            return List.of(notValid, new ValidateConstraint(check.table(), check.check().name()));
        }
        if (op instanceof AddUniqueConstraint unique && !unique.usingIndex()) {
            AddUniqueConstraint usingIndex = new AddUniqueConstraint(unique.table(), unique.unique(), true);
            reasons.put(usingIndex, USING_INDEX);
            return List.of(usingIndex);
        }
        if (op instanceof AddPrimaryKey key && !key.usingIndex()) {
            AddPrimaryKey usingIndex = new AddPrimaryKey(key.table(), key.key(), true);
            reasons.put(usingIndex, USING_INDEX);
            return List.of(usingIndex);
        }
        if (op instanceof AlterColumn alter && setsNotNull(alter)) return setNotNull(alter, reasons);
        if (op instanceof AddColumn add && failsOnRows(add.column()) && hasRows.test(add.table())) {
            return addThenBackfill(add, reasons);
        }
        return List.of(op);
    }

    /** NOT NULL set on its own terms; a new identity makes the column NOT NULL as part of itself. */
    private static boolean setsNotNull(AlterColumn alter) {
        return alter.from().nullable() && !alter.to().nullable() && alter.to().identity() == null;
    }

    private static boolean failsOnRows(ColumnDef column) {
        return !column.nullable() && column.defaultExpression() == null && column.identity() == null
                && column.generatedExpression() == null;
    }

    private static List<SchemaOp> setNotNull(AlterColumn alter, Map<SchemaOp, String> reasons) {
        List<SchemaOp> steps = new ArrayList<>();
        ColumnDef nullable = alter.to().withNullable(true);
        if (!nullable.equals(alter.from())) steps.add(new AlterColumn(alter.table(), alter.from(), nullable, alter.using(),
                alter.reverseUsing()));
        steps.addAll(safeNotNull(alter.table(), nullable));
        reasons.put(steps.get(0), (steps.size() > 4 ? "the other changes first; then " : "")
                + "NOT NULL without a scan under ACCESS EXCLUSIVE: a CHECK (" + Identifiers.quote(nullable.name())
                + " IS NOT NULL) added NOT VALID is validated under a lock that lets writes go on, so SET NOT NULL"
                + " trusts it, and the helper check is dropped");
        return steps;
    }

    private static List<SchemaOp> addThenBackfill(AddColumn add, Map<SchemaOp, String> reasons) {
        ColumnDef nullable = add.column().withNullable(true);
        AddColumn first = new AddColumn(add.table(), nullable);
        ColumnRef column = new ColumnRef(add.table(), nullable.name());
        reasons.put(first, "NOT NULL column " + column + " has no default and the table has rows, so adding it as is"
                + " would fail: it is added nullable, backfilled in batches (write the UPDATE below; until then no"
                + " command runs this revision), then made NOT NULL without a blocking scan");
        List<SchemaOp> steps = new ArrayList<>();
        steps.add(first);
        steps.add(new Backfill(add.table(), nullable.name(), ""));
        steps.addAll(safeNotNull(add.table(), nullable));
        return steps;
    }

    private static List<SchemaOp> safeNotNull(QualifiedName table, ColumnDef nullable) {
        CheckDef helper = new CheckDef(helperName(table.name(), nullable.name()),
                Identifiers.quote(nullable.name()) + " IS NOT NULL");
        return List.of(
                new AddCheckConstraint(table, helper, true),
                new ValidateConstraint(table, helper.name()),
                new AlterColumn(table, nullable, nullable.withNullable(false)),
                new DropConstraint(table, helper));
    }

    /** {@code table_column_not_null}, cut to PostgreSQL's 63 bytes from the table's end. */
    static String helperName(String table, String column) {
        String suffix = "_" + column + "_not_null";
        String name = table + suffix;
        while (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES && table.length() > 1) {
            table = table.substring(0, table.length() - 1);
            name = table + suffix;
        }
        return name;
    }
}
