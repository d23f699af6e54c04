package io.migrata.diff;

import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.FunctionDef;
import io.migrata.schema.PartitionOf;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;
import io.migrata.schema.op.AddForeignKey;
import io.migrata.schema.op.CreateFunction;
import io.migrata.schema.op.CreateTable;
import io.migrata.schema.op.DropFunction;
import io.migrata.schema.op.DropConstraint;
import io.migrata.schema.op.DropIndex;
import io.migrata.schema.op.DropTable;
import io.migrata.schema.op.OpApplier;
import io.migrata.schema.op.SchemaOp;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Puts the diff's ops in the order a migration runs them: by {@link Phase}, keeping the
 * comparators' order (by name) within a phase, except that
 * <ul>
 *   <li>created tables come in foreign key order, referenced tables first, and partitions after
 *       their parents. A {@link CreateTable}
 *       keeps the foreign keys whose targets exist by then: itself, a table created earlier, or an
 *       existing table whose referenced key stays. The others, including every foreign key
 *       between tables of one cycle, move to trailing {@link AddForeignKey} ops;</li>
 *   <li>dropped tables come in the reverse order; the foreign keys between dropped tables of one
 *       cycle are dropped first by {@link DropConstraint}, and the {@link DropTable} carries the
 *       table without them;</li>
 *   <li>views are dropped before the views they mention and created after them;</li>
 *   <li>functions that name the row type of a created table come right after the tables, and
 *       those that name a dropped table's are dropped right before the tables.</li>
 * </ul>
 *
 * <pre>{@code
 * List<SchemaOp> ordered = OpOrderer.order(from, unorderedOps);
 * assert OpApplier.apply(from, ordered).equals(to);
 * }</pre>
 */
public final class OpOrderer {

    private OpOrderer() {
    }

    /** The ops in migration order; {@code from} is the model they apply to. */
    public static List<SchemaOp> order(SchemaModel from, List<? extends SchemaOp> ops) {
        Map<Phase, List<SchemaOp>> phases = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) phases.put(phase, new ArrayList<>());
        for (SchemaOp op : ops) phases.get(Phase.of(op)).add(op);
        List<SchemaOp> renames = new ArrayList<>(phases.get(Phase.RENAME_TABLE));
        renames.addAll(phases.get(Phase.RENAME_COLUMN));
        renames.addAll(phases.get(Phase.RENAME_ENUM_VALUE));
        SchemaModel renamed = renames.isEmpty() ? from : OpApplier.apply(from, renames);
        orderDroppedTables(phases);
        orderCreatedTables(renamed, phases);
        orderRowTypeFunctions(phases);
        phases.put(Phase.DROP_VIEW, ViewOrder.sort(phases.get(Phase.DROP_VIEW), true));
        phases.put(Phase.CREATE_VIEW, ViewOrder.sort(phases.get(Phase.CREATE_VIEW), false));
        List<SchemaOp> ordered = new ArrayList<>(ops.size());
        for (List<SchemaOp> phase : phases.values()) ordered.addAll(phase);
        return List.copyOf(ordered);
    }

    /**
     * A function whose arguments or result name a table's row type ({@code RETURNS SETOF
     * public.customer}) needs the table: it is created after the tables the ops create, and
     * dropped before the tables they drop.
     */
    private static void orderRowTypeFunctions(Map<Phase, List<SchemaOp>> phases) {
        List<Pattern> created = tableNamePatterns(phases.get(Phase.CREATE_TABLE), op -> ((CreateTable) op).table());
        List<Pattern> dropped = tableNamePatterns(phases.get(Phase.DROP_TABLE), op -> ((DropTable) op).table());
        move(phases, Phase.CREATE_FUNCTION, Phase.CREATE_ROW_TYPE_FUNCTION,
                op -> op instanceof CreateFunction create && mentions(create.function(), created));
        move(phases, Phase.DROP_FUNCTION, Phase.DROP_ROW_TYPE_FUNCTION,
                op -> op instanceof DropFunction drop && mentions(drop.function(), dropped));
    }

    private static List<Pattern> tableNamePatterns(List<SchemaOp> ops, Function<SchemaOp, TableDef> table) {
        return ops.stream().map(op -> Pattern.compile("(?<![\\w.\"])" + Pattern.quote(table.apply(op).name().toString()) + "(?![\\w\"])"))
                .toList();
    }

    /** Whether the function's signature and result, before its body, name one of the tables. */
    private static boolean mentions(FunctionDef function, List<Pattern> tables) {
        if (tables.isEmpty()) return false;
        String definition = function.definition();
        int body = definition.indexOf("\nAS ");
        int atomic = definition.indexOf("\nBEGIN ATOMIC");
        if (body < 0 || (atomic >= 0 && atomic < body)) body = atomic;
        String header = body < 0 ? definition : definition.substring(0, body);
        return tables.stream().anyMatch(table -> table.matcher(header).find());
    }

    private static void move(Map<Phase, List<SchemaOp>> phases, Phase from, Phase to, Predicate<SchemaOp> which) {
        List<SchemaOp> kept = new ArrayList<>();
        for (SchemaOp op : phases.get(from)) (which.test(op) ? phases.get(to) : kept).add(op);
        phases.put(from, kept);
    }

    private static void orderDroppedTables(Map<Phase, List<SchemaOp>> phases) {
        Map<QualifiedName, TableDef> dropped = tables(phases.get(Phase.DROP_TABLE), op -> ((DropTable) op).table());
        if (dropped.isEmpty()) return;
        TableGraph graph = graph(dropped);
        List<SchemaOp> drops = new ArrayList<>(dropped.size());
        for (QualifiedName name : graph.order(false)) {
            TableDef table = dropped.get(name);
            List<ForeignKeyDef> kept = new ArrayList<>();
            for (ForeignKeyDef fk : table.foreignKeys()) {
                if (graph.inOneCycle(name, fk.targetTable())) phases.get(Phase.DROP_FOREIGN_KEY).add(new DropConstraint(name, fk));
                else kept.add(fk);
            }
            drops.add(new DropTable(kept.size() == table.foreignKeys().size() ? table : table.withForeignKeys(kept)));
        }
        phases.put(Phase.DROP_TABLE, drops);
    }

    private static void orderCreatedTables(SchemaModel before, Map<Phase, List<SchemaOp>> phases) {
        Map<QualifiedName, TableDef> created = tables(phases.get(Phase.CREATE_TABLE), op -> ((CreateTable) op).table());
        if (created.isEmpty()) return;
        TableGraph graph = graph(created);
        ExistingKeys existing = new ExistingKeys(before, phases);
        List<SchemaOp> creates = new ArrayList<>(created.size());
        for (QualifiedName name : graph.order(true)) {
            TableDef table = created.get(name);
            List<ForeignKeyDef> kept = new ArrayList<>();
            for (ForeignKeyDef fk : table.foreignKeys()) {
                QualifiedName target = fk.targetTable();
                boolean ready = target.equals(name)
                        || (created.containsKey(target) ? !graph.inOneCycle(name, target) : existing.stays(fk));
                if (ready) kept.add(fk);
                else phases.get(Phase.ADD_FOREIGN_KEY).add(new AddForeignKey(name, fk));
            }
            creates.add(new CreateTable(kept.size() == table.foreignKeys().size() ? table : table.withForeignKeys(kept)));
        }
        phases.put(Phase.CREATE_TABLE, creates);
    }

    private static Map<QualifiedName, TableDef> tables(List<SchemaOp> ops, Function<SchemaOp, TableDef> table) {
        Map<QualifiedName, TableDef> tables = new LinkedHashMap<>();
        for (SchemaOp op : ops) {
            TableDef def = table.apply(op);
            tables.put(def.name(), def);
        }
        return tables;
    }

    private static TableGraph graph(Map<QualifiedName, TableDef> tables) {
        Map<QualifiedName, List<QualifiedName>> references = new HashMap<>();
        // A partition goes after its parent, as a table goes after those its foreign keys reference.
        tables.forEach((name, table) -> references.put(name, Stream.concat(
                table.foreignKeys().stream().map(ForeignKeyDef::targetTable),
                Stream.ofNullable(table.partitionOf()).map(PartitionOf::parent)).toList()));
        return new TableGraph(references);
    }

    /** The tables that exist before the ops, and the keys the ops drop from them. */
    private static final class ExistingKeys {
        private final SchemaModel model;
        private final Map<QualifiedName, Set<String>> dropped = new HashMap<>();
        private Map<QualifiedName, TableDef> tables;

        ExistingKeys(SchemaModel model, Map<Phase, List<SchemaOp>> phases) {
            this.model = model;
            for (SchemaOp op : phases.get(Phase.DROP_CONSTRAINT)) {
                DropConstraint drop = (DropConstraint) op;
                dropped.computeIfAbsent(drop.table(), t -> new HashSet<>()).add(drop.constraint().name());
            }
            for (SchemaOp op : phases.get(Phase.DROP_INDEX)) {
                DropIndex drop = (DropIndex) op;
                dropped.computeIfAbsent(drop.table(), t -> new HashSet<>()).add(drop.index().name());
            }
        }

        /** Whether the foreign key's target table exists and keeps a key on the referenced columns throughout. */
        boolean stays(ForeignKeyDef fk) {
            if (tables == null) {
                tables = new HashMap<>();
                for (TableDef table : model.tables()) tables.put(table.name(), table);
            }
            TableDef target = tables.get(fk.targetTable());
            return target != null
                    && KeyLookup.hasKeyOn(target, fk.targetColumns(), dropped.getOrDefault(fk.targetTable(), Set.of()));
        }
    }
}
