package io.migrata.diff.lint;

import io.migrata.diff.DefaultVolatility;
import io.migrata.diff.Hazard;
import io.migrata.diff.HazardClassifier;
import io.migrata.diff.HazardKind;
import io.migrata.schema.ColumnRef;
import io.migrata.schema.op.AddCheckConstraint;
import io.migrata.schema.op.AddColumn;
import io.migrata.schema.op.AddForeignKey;
import io.migrata.schema.op.AddPrimaryKey;
import io.migrata.schema.op.AddUniqueConstraint;
import io.migrata.schema.op.AlterColumn;
import io.migrata.schema.op.CreateIndex;
import io.migrata.schema.op.CreateTable;
import io.migrata.schema.op.DropColumn;
import io.migrata.schema.op.DropIndex;
import io.migrata.schema.op.ExecuteSql;
import io.migrata.schema.op.SchemaOp;
import io.migrata.schema.op.ValidateConstraint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The blocking statements of one migration's upgrade, in the spirit of squawk and
 * strong_migrations: migration-API calls whose lock is held while a table with rows is scanned,
 * indexed or rewritten (the {@link HazardKind#BLOCKING_LOCK} hazards), and the same patterns in
 * hand-written {@code execute(...)} SQL ({@link SqlRules}), each with the safe alternative.
 * Statements on a table the same migration creates are not blocking: it is empty. A
 * {@code SET NOT NULL} after a constraint of its table was validated in the same migration is the
 * online plan's own step and passes.
 *
 * <pre>{@code
 * List<LintFinding> findings = MigrationLint.check(replay.upgradeOps("002_index_bills"));
 * findings.forEach(f -> System.out.println(f.describe()));
 * }</pre>
 */
public final class MigrationLint {

    private MigrationLint() {
    }

    /** With no answers about volatility: a new column's default that calls a function may be volatile. */
    public static List<LintFinding> check(List<? extends SchemaOp> ops) {
        return check(ops, DefaultVolatility.unknown());
    }

    /** @param volatility PostgreSQL's answers on the defaults of the columns the ops add */
    public static List<LintFinding> check(List<? extends SchemaOp> ops, DefaultVolatility volatility) {
        Set<String> created = new HashSet<>();
        for (SchemaOp op : ops) {
            if (op instanceof CreateTable create) created.add(create.table().name().name());
            if (op instanceof ExecuteSql sql) created.addAll(SqlRules.createdTables(sql.sql()));
        }
        List<Hazard> blocking = HazardClassifier.classify(ops, volatility).stream()
                .filter(hazard -> hazard.kind() == HazardKind.BLOCKING_LOCK).toList();
        Set<String> validated = new HashSet<>();
        Set<ColumnRef> droppedColumns = new HashSet<>();
        for (SchemaOp op : ops) {
            if (op instanceof DropColumn drop) droppedColumns.add(new ColumnRef(drop.table(), drop.column().name()));
        }
        List<LintFinding> findings = new ArrayList<>();
        for (SchemaOp op : ops) {
            if (op instanceof ExecuteSql sql) {
                findings.addAll(SqlRules.check(sql.sql(), created, validated));
                continue;
            }
            if (op instanceof ValidateConstraint validate) validated.add(validate.table().name());
            for (Hazard hazard : blocking) {
                if (hazard.op() != op) continue;
                if (setsNotNull(op) && validated.contains(((AlterColumn) op).table().name())) continue;
                // The column's drop takes the same lock and would drop the index anyway (an expand/contract swap).
                if (op instanceof DropIndex drop && drop.index().keys().stream()
                        .anyMatch(key -> key.column() != null && droppedColumns.contains(new ColumnRef(drop.table(), key.column())))) continue;
                findings.add(finding(op, hazard.message()));
            }
        }
        return List.copyOf(findings);
    }

    private static boolean setsNotNull(SchemaOp op) {
        return op instanceof AlterColumn alter && !alter.changesType() && alter.from().nullable() && !alter.to().nullable();
    }

    private static LintFinding finding(SchemaOp op, String problem) {
        String call = op.describe();
        if (op instanceof CreateIndex) {
            return new LintFinding("create-index-not-concurrently", call, problem,
                    "op.createIndex(table, index(...).concurrently()), built outside the transaction");
        }
        if (op instanceof DropIndex) {
            return new LintFinding("drop-index-not-concurrently", call, problem, "op.dropIndex(table, index(...).concurrently())");
        }
        if (op instanceof AddForeignKey) {
            return new LintFinding("constraint-validated-as-added", call, problem,
                    "op.createForeignKeyNotValid(...), then op.validateConstraint(table, name)");
        }
        if (op instanceof AddCheckConstraint) {
            return new LintFinding("constraint-validated-as-added", call, problem,
                    "op.createCheckConstraintNotValid(...), then op.validateConstraint(table, name)");
        }
        if (op instanceof AddUniqueConstraint) {
            return new LintFinding("unique-index-built-under-lock", call, problem,
                    "op.createUniqueConstraintUsingIndex(...): the index built CONCURRENTLY, then taken over");
        }
        if (op instanceof AddPrimaryKey) {
            return new LintFinding("unique-index-built-under-lock", call, problem,
                    "op.createPrimaryKeyUsingIndex(...): the index built CONCURRENTLY, then taken over");
        }
        if (op instanceof AlterColumn alter && alter.changesType()) {
            return new LintFinding("type-change-rewrites-table", call, problem, SqlRules.EXPAND_CONTRACT);
        }
        if (setsNotNull(op)) return new LintFinding("set-not-null-scans", call, problem, SqlRules.SAFE_NOT_NULL);
        if (op instanceof AddColumn) {
            return new LintFinding("add-column-rewrites-table", call, problem, SqlRules.ADD_THEN_BACKFILL);
        }
        return new LintFinding("blocking-lock", call, problem, "an online form of the change (see the online migrations guide)");
    }
}
