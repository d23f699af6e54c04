package io.migrata.diff;

import io.migrata.schema.CheckDef;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.ColumnRef;
import io.migrata.schema.ConstraintDef;
import io.migrata.schema.Deferrability;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.FunctionDef;
import io.migrata.schema.Identifiers;
import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;
import io.migrata.schema.TriggerDef;
import io.migrata.schema.TypeRules;
import io.migrata.schema.UniqueDef;
import io.migrata.schema.ViewDef;
import io.migrata.schema.op.AddCheckConstraint;
import io.migrata.schema.op.AddColumn;
import io.migrata.schema.op.AlterColumn;
import io.migrata.schema.op.Backfill;
import io.migrata.schema.op.CommentTarget;
import io.migrata.schema.op.CreateFunction;
import io.migrata.schema.op.CreateIndex;
import io.migrata.schema.op.CreateTable;
import io.migrata.schema.op.CreateTrigger;
import io.migrata.schema.op.DropColumn;
import io.migrata.schema.op.DropConstraint;
import io.migrata.schema.op.DropFunction;
import io.migrata.schema.op.DropIndex;
import io.migrata.schema.op.DropTrigger;
import io.migrata.schema.op.ExecuteSql;
import io.migrata.schema.op.RenameColumn;
import io.migrata.schema.op.RenameIndex;
import io.migrata.schema.op.SchemaOp;
import io.migrata.schema.op.SetComment;
import io.migrata.schema.op.TakeOverIndex;
import io.migrata.schema.op.ValidateConstraint;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A type change that would rewrite an existing table under ACCESS EXCLUSIVE, written instead as two
 * revisions that let reads and writes go on:
 * <ul>
 *   <li><b>expand</b>: a new column of the new type ({@code c_new}), a trigger that keeps it equal to
 *       the converted old column on every insert and update, and a backfill in batches, each
 *       committed on its own;</li>
 *   <li><b>contract</b>: the column's indexes and unique keys built {@code CONCURRENTLY} on the new
 *       column, its NOT NULL proven by a validated check, then one short transaction that verifies no
 *       row differs, drops the trigger, drops the old column and gives the new one its name, default
 *       and constraints.</li>
 * </ul>
 * The other ops stay in the expand revision. Each revision's downgrade is exact: the contract's
 * adds the old column back and fills it from the new one.
 *
 * <pre>{@code
 * if (ExpandContractPlan.appliesTo(ops, current)) {
 *     ExpandContractPlan plan = ExpandContractPlan.of(ops, current);
 *     plan.expand();    // the first revision
 *     plan.contract();  // the second, once the first is deployed
 * }
 * }</pre>
 *
 * @param reasons for the first op of each step, why it is written so
 */
public record ExpandContractPlan(List<SchemaOp> expand, List<SchemaOp> contract, Map<SchemaOp, String> reasons) {

    static final int BATCH_ROWS = 10_000;
    private static final int MAX_NAME_BYTES = 63;

    public ExpandContractPlan {
        expand = List.copyOf(expand);
        contract = List.copyOf(contract);
        reasons = Map.copyOf(reasons);
    }

    /** Whether {@code ops} change the type of a column of an existing table in a way that rewrites it. */
    public static boolean appliesTo(List<? extends SchemaOp> ops, SchemaModel current) {
        Set<QualifiedName> created = created(ops);
        return ops.stream().anyMatch(op -> rewrites(op, created, current));
    }

    /**
     * @throws ExpandContractRefusedException when something depends on a changed column that the plan
     *                                        cannot carry over (views, foreign keys, checks, expression
     *                                        indexes, triggers, identity, sequences); nothing is planned then
     */
    public static ExpandContractPlan of(List<? extends SchemaOp> ops, SchemaModel current) {
        Set<QualifiedName> created = created(ops);
        List<SchemaOp> expand = new ArrayList<>();
        List<SchemaOp> contract = new ArrayList<>();
        Map<SchemaOp, String> reasons = new LinkedHashMap<>();
        List<String> refusals = new ArrayList<>();
        Map<TableDef, List<Swap>> swaps = new LinkedHashMap<>();
        for (SchemaOp op : ops) {
            if (!rewrites(op, created, current)) {
                expand.add(op);
                continue;
            }
            AlterColumn alter = (AlterColumn) op;
            TableDef table = current.table(alter.table()).orElseThrow();
            List<String> blockers = blockers(alter, table, current, ops);
            if (!blockers.isEmpty()) {
                refusals.add(new ColumnRef(alter.table(), alter.from().name()) + " (" + String.join(", ", blockers) + ")");
                continue;
            }
            Swap swap = new Swap(alter, table);
            swap.expand(expand, reasons);
            swaps.computeIfAbsent(table, t -> new ArrayList<>()).add(swap);
        }
        if (!refusals.isEmpty()) throw new ExpandContractRefusedException(refusals);
        swaps.forEach((table, columns) -> contract(table, columns, contract, reasons));
        return new ExpandContractPlan(expand, contract, reasons);
    }

    /**
     * The contract of one table's swapped columns. Each index and key on any of them is built once, on
     * all their new columns, before the one transaction that swaps every column: a key over two
     * changed columns is dropped and taken over once, so the table is never without it.
     */
    private static void contract(TableDef table, List<Swap> swaps, List<SchemaOp> ops, Map<SchemaOp, String> reasons) {
        QualifiedName name = table.name();
        Map<String, String> renames = new LinkedHashMap<>();
        swaps.forEach(swap -> renames.put(swap.c, swap.n));
        List<IndexDef> indexes = table.indexes().stream()
                .filter(i -> renames.keySet().stream().anyMatch(c -> mentions(i, c))).toList();
        List<UniqueDef> uniques = table.uniques().stream()
                .filter(u -> u.columns().stream().anyMatch(renames::containsKey)).toList();
        PrimaryKeyDef key = table.primaryKey() != null && table.primaryKey().columns().stream().anyMatch(renames::containsKey)
                ? table.primaryKey() : null;
        int start = ops.size();
        List<SchemaOp> builds = new ArrayList<>();
        for (IndexDef index : indexes) builds.add(new CreateIndex(name, renamed(index, cut(index.name(), "_new"), renames), true));
        for (UniqueDef unique : uniques) builds.add(new CreateIndex(name, new IndexDef(cut(unique.name(), "_new"),
                keys(unique.columns(), renames), true, unique.nullsNotDistinct(), "btree", List.of(), null), true));
        if (key != null) builds.add(new CreateIndex(name, new IndexDef(cut(key.name(), "_new"), keys(key.columns(), renames),
                true, false, "btree", List.of(), null), true));
        if (!builds.isEmpty()) {
            reasons.put(builds.get(0), "CONTRACT: the indexes and unique keys on " + quoted(renames.keySet())
                    + " are built on " + quoted(renames.values()) + " first, CONCURRENTLY, each in a step of its own"
                    + " (SHARE UPDATE EXCLUSIVE: reads and writes go on)");
            ops.addAll(builds);
        }
        for (Swap swap : swaps) swap.proveNotNull(ops, reasons, ops.size() == start ? "CONTRACT: " : "");
        // Every scan before the first trigger drop: once that takes ACCESS EXCLUSIVE, a scan would hold it up.
        for (Swap swap : swaps) {
            ExecuteSql verify = swap.verify();
            if (swap == swaps.get(0)) {
                reasons.put(verify, (ops.size() == start ? "CONTRACT: " : "") + "one transaction from here: every row"
                        + " is checked to hold the converted value (a scan under ACCESS SHARE, while the trigger still keeps"
                        + " new writes in sync), then the trigger's drop takes ACCESS EXCLUSIVE (under lock_timeout, retried)"
                        + " for the catalog-only swap that follows");
            }
            ops.add(verify);
        }
        for (Swap swap : swaps) swap.stopSync(ops);
        for (IndexDef index : indexes) ops.add(new DropIndex(name, index, false));
        for (UniqueDef unique : uniques) ops.add(new DropConstraint(name, unique));
        if (key != null) ops.add(new DropConstraint(name, key));
        for (Swap swap : swaps) swap.replace(ops, reasons);
        for (IndexDef index : indexes) ops.add(new RenameIndex(name, cut(index.name(), "_new"), index.name()));
        for (UniqueDef unique : uniques) ops.add(new TakeOverIndex(name, cut(unique.name(), "_new"), unique));
        if (key != null) ops.add(new TakeOverIndex(name, cut(key.name(), "_new"), key));
    }

    private static IndexDef renamed(IndexDef index, String newName, Map<String, String> renames) {
        List<IndexKey> keys = index.keys().stream().map(k -> renames.containsKey(k.column())
                ? new IndexKey(renames.get(k.column()), null, k.descending(), k.nullsFirst(), k.opclass(), k.collation())
                : k).toList();
        return new IndexDef(newName, keys, index.unique(), index.nullsNotDistinct(), index.method(), index.include(),
                index.predicate());
    }

    private static List<IndexKey> keys(List<String> columns, Map<String, String> renames) {
        return columns.stream().map(k -> IndexKey.column(renames.getOrDefault(k, k))).toList();
    }

    private static String quoted(Collection<String> names) {
        return names.stream().map(Identifiers::quote).collect(Collectors.joining(", "));
    }

    private static Set<QualifiedName> created(List<? extends SchemaOp> ops) {
        Set<QualifiedName> created = new HashSet<>();
        for (SchemaOp op : ops) {
            if (op instanceof CreateTable create) created.add(create.table().name());
        }
        return created;
    }

    private static boolean rewrites(SchemaOp op, Set<QualifiedName> created, SchemaModel current) {
        return op instanceof AlterColumn alter && !created.contains(alter.table()) && current.table(alter.table()).isPresent()
                && TypeRules.rewritesTable(alter.from().type(), alter.to().type());
    }

    /** What depends on the changed column and cannot be moved to the new one, each named. */
    private static List<String> blockers(AlterColumn alter, TableDef table, SchemaModel current, List<? extends SchemaOp> ops) {
        String column = alter.from().name();
        List<String> blockers = new ArrayList<>();
        if (table.isPartitioned() || table.isPartition()) blockers.add("its table is partitioned");
        for (ColumnDef side : List.of(alter.from(), alter.to())) {
            if (side.identity() != null) blockers.add("an identity column");
            if (side.generatedExpression() != null) blockers.add("a generated column");
            if (side.defaultExpression() != null && side.defaultExpression().contains("nextval(")) {
                blockers.add("a default from a sequence (" + side.defaultExpression() + ")");
            }
        }
        if (alter.reverseUsing() != null) blockers.add("a conversion back (the downgrade fills the old column by assignment)");
        String newName = newColumnName(column);
        if (table.column(newName).isPresent()) blockers.add("the table has a column " + Identifiers.quote(newName) + " already");
        current.sequences().stream().filter(s -> new ColumnRef(table.name(), column).equals(s.ownedBy()))
                .forEach(s -> blockers.add("sequence " + s.name() + " owned by it"));
        for (ViewDef view : current.views()) {
            Set<String> names = ViewMentions.identifiers(view.definition());
            if (names.contains(table.name().name()) && names.contains(column)) blockers.add("view " + view.name());
        }
        for (TableDef other : current.tables()) {
            for (ForeignKeyDef fk : other.foreignKeys()) {
                boolean references = fk.targetTable().equals(table.name()) && fk.targetColumns().contains(column);
                boolean from = other.name().equals(table.name()) && fk.columns().contains(column);
                if (references || from) blockers.add("foreign key " + Identifiers.quote(fk.name()) + " on " + other.name());
            }
        }
        for (CheckDef check : table.checks()) {
            if (ViewMentions.identifiers(check.expression()).contains(column)) blockers.add("check " + Identifiers.quote(check.name()));
        }
        for (IndexDef index : table.indexes()) {
            if (mentions(index, column) && !plain(index)) blockers.add("index " + Identifiers.quote(index.name()) + " (an expression, a predicate or INCLUDE)");
        }
        table.uniques().stream().filter(u -> u.columns().contains(column) && u.deferrability() != Deferrability.NOT_DEFERRABLE)
                .forEach(u -> blockers.add("deferrable unique " + Identifiers.quote(u.name())));
        current.triggers().stream().filter(t -> t.table().equals(table.name())
                        && ViewMentions.identifiers(t.definition()).contains(column))
                .forEach(t -> blockers.add("trigger " + Identifiers.quote(t.name())));
        for (SchemaOp other : ops) {
            if (other != alter && touches(other, table.name(), column)) blockers.add("another change to it in this revision: " + other.describe());
        }
        return blockers;
    }

    private static boolean mentions(IndexDef index, String column) {
        return index.keys().stream().anyMatch(k -> column.equals(k.column())
                || k.expression() != null && ViewMentions.identifiers(k.expression()).contains(column))
                || index.include().contains(column)
                || index.predicate() != null && ViewMentions.identifiers(index.predicate()).contains(column);
    }

    private static boolean plain(IndexDef index) {
        return index.keys().stream().allMatch(k -> k.column() != null) && index.include().isEmpty() && index.predicate() == null;
    }

    /** An op of the same diff that builds on the column: it belongs in a revision of its own. */
    private static boolean touches(SchemaOp op, QualifiedName table, String column) {
        if (op instanceof AlterColumn alter) return alter.table().equals(table) && alter.from().name().equals(column);
        if (op instanceof RenameColumn rename) return rename.table().equals(table) && rename.from().equals(column);
        if (op instanceof DropColumn drop) return drop.table().equals(table) && drop.column().name().equals(column);
        if (op instanceof CreateIndex create) return create.table().equals(table) && mentions(create.index(), column);
        if (op instanceof DropIndex drop) return drop.table().equals(table) && mentions(drop.index(), column);
        if (op instanceof DropConstraint drop) return drop.table().equals(table) && constrains(drop.constraint(), column);
        return false;
    }

    private static boolean constrains(ConstraintDef constraint, String column) {
        if (constraint instanceof CheckDef check) return ViewMentions.identifiers(check.expression()).contains(column);
        if (constraint instanceof UniqueDef unique) return unique.columns().contains(column);
        if (constraint instanceof PrimaryKeyDef key) return key.columns().contains(column);
        return ((ForeignKeyDef) constraint).columns().contains(column);
    }

    /**
     * The columns a backfill walks: the primary key's, or else those of a unique constraint or of a
     * unique index over NOT NULL columns whose order is the row comparison's the walk uses; none when
     * the table has no such key.
     */
    static List<String> walkKey(TableDef table) {
        if (table.primaryKey() != null) return table.primaryKey().columns();
        List<List<String>> candidates = new ArrayList<>();
        table.uniques().forEach(u -> candidates.add(u.columns()));
        table.indexes().stream().filter(i -> i.unique() && plain(i) && inRowOrder(i)).forEach(i -> candidates.add(
                i.keys().stream().map(IndexKey::column).toList()));
        return candidates.stream().filter(columns -> columns.stream()
                        .allMatch(k -> table.column(k).map(col -> !col.nullable()).orElse(false)))
                .findFirst().orElse(List.of());
    }

    /**
     * Whether the index is ordered as {@code ORDER BY} and {@code (k1, k2) > (…)} over its columns
     * order them, so the walk's batches are ranges read from it: any descending key, operator class
     * or collation other than the column's would leave each batch sorting the table instead.
     */
    private static boolean inRowOrder(IndexDef index) {
        return "btree".equals(index.method()) && index.keys().stream().allMatch(k -> !k.descending() && !k.nullsFirst()
                && k.opclass() == null && k.collation() == null);
    }

    static String newColumnName(String column) {
        return cut(column, "_new");
    }

    /** {@code name + suffix}, {@code name} cut from its end to PostgreSQL's 63 bytes. */
    static String cut(String name, String suffix) {
        String result = name + suffix;
        while (result.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES && name.length() > 1) {
            name = name.substring(0, name.length() - 1);
            result = name + suffix;
        }
        return result;
    }

    /** The steps for one column; {@code c} is its name, {@code n} the new column's. */
    private static final class Swap {

        private final AlterColumn alter;
        private final QualifiedName name;
        private final String c;
        private final String n;
        private final ColumnDef added;
        private final FunctionDef function;
        private final TriggerDef trigger;
        private final List<String> keyset;

        Swap(AlterColumn alter, TableDef table) {
            this.alter = alter;
            this.name = alter.table();
            this.c = alter.from().name();
            this.n = newColumnName(c);
            ColumnDef to = alter.to();
            this.added = new ColumnDef(n, to.type(), true, null, null, null, to.collation(), null);
            String sync = cut(name.name() + "_" + c, "_sync");
            this.function = new FunctionDef(function(sync), "", false, functionSql(sync));
            this.keyset = walkKey(table);
            this.trigger = new TriggerDef(name, sync, "CREATE TRIGGER " + Identifiers.quote(sync)
                    + " BEFORE INSERT OR UPDATE ON " + name + " FOR EACH ROW EXECUTE FUNCTION " + function.name() + "()");
        }

        void expand(List<SchemaOp> ops, Map<SchemaOp, String> reasons) {
            AddColumn add = new AddColumn(name, added);
            ColumnRef target = new ColumnRef(name, c);
            reasons.put(add, "EXPAND: changing the type of " + target + " from " + alter.from().type() + " to "
                    + alter.to().type() + " would rewrite the table under ACCESS EXCLUSIVE; instead " + Identifiers.quote(n)
                    + " is added with the new type (nullable, no default: a brief lock, no rewrite), the revision after"
                    + " this one swaps it in");
            ops.add(add);
            CreateFunction create = new CreateFunction(function);
            reasons.put(create, "a BEFORE INSERT OR UPDATE trigger keeps " + Identifiers.quote(n) + " equal to the"
                    + " converted " + Identifiers.quote(c) + " on every write from now on (creating it takes SHARE ROW"
                    + " EXCLUSIVE briefly)");
            ops.add(create);
            ops.add(new CreateTrigger(trigger));
            Backfill backfill = walk(name, n, converted(), differs(), keyset, "UPDATE " + name + " SET " + Identifiers.quote(n)
                    + " = " + converted());
            reasons.put(backfill, "the rows written before the trigger are filled in batches of " + BATCH_ROWS
                    + (keyset.isEmpty() ? "" : " along " + String.join(", ", keyset) + ", each batch starting after the last key of"
                    + " the one before")
                    + ", each committed on its own, so a row lock lasts one batch; a rerun goes on with the rows still to fill");
            ops.add(backfill);
        }

        /** For a NOT NULL column, the check that proves it, added NOT VALID and validated in a step of its own. */
        void proveNotNull(List<SchemaOp> ops, Map<SchemaOp, String> reasons, String prefix) {
            if (alter.to().nullable()) return;
            AddCheckConstraint check = new AddCheckConstraint(name, helper(), true);
            reasons.put(check, prefix + "NOT NULL for " + Identifiers.quote(n) + " proven without a blocking scan: a CHECK"
                    + " added NOT VALID, validated in its own transaction under SHARE UPDATE EXCLUSIVE");
            ops.add(check);
            ops.add(new ValidateConstraint(name, helper().name()));
        }

        /** The scan that fails, naming the column, while some row is not filled yet. */
        ExecuteSql verify() {
            String verify = "DO $verify$ BEGIN IF EXISTS (SELECT FROM " + name + " WHERE " + differs() + ") THEN"
                    + " RAISE EXCEPTION 'some rows of " + name.toString().replace("'", "''") + " have "
                    + n.replace("'", "''") + " unequal to the converted " + c.replace("'", "''")
                    + ": run the backfill of the revision before this one again'; END IF; END $verify$";
            return new ExecuteSql(verify, verify, true);
        }

        /** The trigger and its function dropped, and the new column's NOT NULL set from its valid check. */
        void stopSync(List<SchemaOp> ops) {
            ops.add(new DropTrigger(trigger));
            ops.add(new DropFunction(function));
            if (!alter.to().nullable()) {
                ops.add(new AlterColumn(name, added, added.withNullable(false)));
                ops.add(new DropConstraint(name, helper()));
            }
        }

        /** The old column dropped (its downgrade fills it again) and the new one given its name and the rest. */
        void replace(List<SchemaOp> ops, Map<SchemaOp, String> reasons) {
            ColumnDef old = alter.from().withComment(null);
            if (!old.nullable()) ops.add(new AlterColumn(name, old, old.withNullable(true)));
            List<String> refillKey = keyset.stream().map(k -> k.equals(c) ? n : k).toList();
            Backfill refill = (Backfill) walk(name, c, Identifiers.quote(n), Identifiers.quote(c) + " IS DISTINCT FROM CAST("
                    + Identifiers.quote(n) + " AS " + alter.from().type() + ")", refillKey, "UPDATE " + name + " SET "
                    + Identifiers.quote(c) + " = " + Identifiers.quote(n)).inverse();
            reasons.put(refill, "the old column goes; its downgrade adds it back and fills it from " + Identifiers.quote(n));
            ops.add(refill);
            ops.add(new DropColumn(name, old.withNullable(true)));
            ops.add(new RenameColumn(name, n, c));
            ColumnDef renamed = added.withName(c).withNullable(alter.to().nullable());
            ColumnDef last = alter.to().withComment(null);
            if (!renamed.equals(last)) ops.add(new AlterColumn(name, renamed, last));
            if (alter.to().comment() != null) ops.add(new SetComment(CommentTarget.column(name, c), null, alter.to().comment()));
        }

        private CheckDef helper() {
            return new CheckDef(OnlinePlan.helperName(name.name(), n), Identifiers.quote(n) + " IS NOT NULL");
        }

        /**
         * Batches along {@code key} when the table has one; without, each batch picks its rows by
         * {@code ctid} from the start of the table.
         */
        private static Backfill walk(QualifiedName table, String column, String value, String pending, List<String> key,
                                     String update) {
            if (!key.isEmpty()) return new Backfill(table, column, new Backfill.ByKey(key, value, pending));
            return new Backfill(table, column, update + " WHERE ctid = ANY (ARRAY(SELECT ctid FROM " + table + " WHERE "
                    + pending + " LIMIT " + BATCH_ROWS + "))");
        }

        private QualifiedName function(String sync) {
            return new QualifiedName(name.schema(), sync);
        }

        /** The old column's value in the new type: the USING expression, or the column itself, converted by assignment. */
        private String converted() {
            return alter.using() != null ? "(" + alter.using() + ")" : Identifiers.quote(c);
        }

        /** Rows whose new column does not hold the converted old value yet. */
        private String differs() {
            return Identifiers.quote(n) + " IS DISTINCT FROM CAST(" + converted() + " AS " + alter.to().type() + ")";
        }

        /** The trigger function, as {@code pg_get_functiondef()} prints it. */
        private String functionSql(String sync) {
            String value = alter.using() != null
                    ? "(SELECT " + alter.using() + " FROM (SELECT NEW.*) AS " + Identifiers.quote(name.name()) + ")"
                    : "NEW." + Identifiers.quote(c);
            return "CREATE OR REPLACE FUNCTION " + function(sync) + "()\n"
                    + " RETURNS trigger\n LANGUAGE plpgsql\nAS $function$\nBEGIN\n"
                    + "    NEW." + Identifiers.quote(n) + " := " + value + ";\n    RETURN NEW;\nEND\n$function$\n";
        }
    }
}
