package io.migrata.runner.load;

import io.migrata.runner.graph.RevisionGraph;
import io.migrata.runner.graph.RevisionNode;
import io.migrata.schema.AggregateDef;
import io.migrata.schema.DomainDef;
import io.migrata.schema.EnumTypeDef;
import io.migrata.schema.GrantDef;
import io.migrata.schema.RowSecurityDef;
import io.migrata.schema.ExtensionDef;
import io.migrata.schema.FunctionDef;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.TableDef;
import io.migrata.schema.ViewDef;
import io.migrata.schema.migration.Operations;
import io.migrata.schema.op.OpApplier;
import io.migrata.schema.op.SchemaOp;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Records what each revision's {@code upgrade()} and {@code downgrade()} do, each against the
 * schema its history leaves: the upgrade ops of every ancestor, applied in order to an empty
 * model in memory. That is the live schema the short forms ({@code op.dropColumn("users", "phone")})
 * read their definitions from, so the recorded ops depend on the code alone: the same online,
 * offline and in checksums, with no database read.
 *
 * <p>When an op does not apply to the replayed model (a table created by hand-written SQL, which
 * the model does not follow, then dropped by a short form), the replay stops there, and a short
 * form in a later revision fails with the reason and asks for the full definition.
 */
public final class HistoryReplay {

    private final LoadedMigrations migrations;
    private final String defaultSchema;
    private final Map<String, State> before = new HashMap<>();
    private final Map<String, State> after = new HashMap<>();
    private final Map<String, Recording> upgrades = new HashMap<>();
    private final Map<String, Recording> downgrades = new HashMap<>();

    /** The model a revision's ops apply to, or why there is none. */
    private record State(SchemaModel model, String lost) {
    }

    /** The ops a migration's method recorded, or what it threw instead ({@code ops} is then null). */
    public record Recording(List<SchemaOp> ops, Throwable failure) {
    }

    /** @param defaultSchema the schema that names without one mean ({@code public}) */
    public HistoryReplay(LoadedMigrations migrations, String defaultSchema) {
        this.migrations = migrations;
        this.defaultSchema = defaultSchema;
    }

    public LoadedMigrations migrations() {
        return migrations;
    }

    /** @throws MigrationCodeException when {@code upgrade()} throws */
    public synchronized List<SchemaOp> upgradeOps(String id) {
        return opsOf(migrations.get(id).node(), "upgrade", upgrade(id));
    }

    /** @throws MigrationCodeException when {@code downgrade()} throws, e.g. for an irreversible revision */
    public synchronized List<SchemaOp> downgradeOps(String id) {
        return opsOf(migrations.get(id).node(), "downgrade", downgrade(id));
    }

    /** What {@code upgrade()} records, or the exception it throws: for checksums, which cover both. */
    public synchronized Recording upgrade(String id) {
        Recording recording = upgrades.get(id);
        if (recording == null) {
            recording = record(before(id), migrations.get(id).migration()::upgrade);
            upgrades.put(id, recording);
        }
        return recording;
    }

    public synchronized Recording downgrade(String id) {
        Recording recording = downgrades.get(id);
        if (recording == null) {
            recording = record(after(id), migrations.get(id).migration()::downgrade);
            downgrades.put(id, recording);
        }
        return recording;
    }

    private Recording record(State live, Consumer<Operations> method) {
        Operations operations = live.model == null ? new Operations(defaultSchema) : new Operations(defaultSchema, live.model);
        try {
            method.accept(operations);
            return new Recording(operations.recorded(), null);
        } catch (Throwable e) {
            // User code: an Error (a StackOverflowError, a class it needs missing) is as much the
            // migration's failure as an exception, and must reach the user as one line, not a crash.
            return new Recording(null, e);
        }
    }

    private List<SchemaOp> opsOf(RevisionNode node, String method, Recording recording) {
        if (recording.failure == null) return recording.ops;
        State live = method.equals("upgrade") ? before(node.id()) : after(node.id());
        String replay = live.lost == null ? "" : "; the schema its history leaves could not be followed in memory: " + live.lost;
        throw new MigrationCodeException(node, method + "()", recording.failure, replay);
    }

    /**
     * The schema the typed operations of these heads and their ancestors leave (none: an empty
     * schema), or empty when an op does not apply to the replayed model, so the replay lost track.
     * Objects made by hand-written SQL are not in it.
     */
    public synchronized Optional<SchemaModel> schemaAt(List<String> heads) {
        State state;
        if (heads.isEmpty()) {
            state = start();
        } else if (heads.size() == 1) {
            state = after(heads.get(0));
        } else {
            state = start();
            for (String id : migrations.graph().ancestors(heads)) state = applied(state, id);
        }
        return Optional.ofNullable(state.model);
    }

    /**
     * What the baseline revisions among these heads' ancestors create: the objects that were there
     * when Migrata took over. Empty when there is no baseline.
     */
    public synchronized SchemaModel adoptedAt(List<String> heads) {
        SchemaModel adopted = SchemaModel.empty();
        for (String id : migrations.graph().ancestors(heads)) {
            if (!migrations.get(id).node().baseline()) continue;
            SchemaModel made = after(id).model;
            if (made != null) adopted = union(adopted, made);
        }
        return adopted;
    }

    private static SchemaModel union(SchemaModel a, SchemaModel b) {
        return new SchemaModel(merged(a.schemas(), b.schemas(), s -> s), merged(a.tables(), b.tables(), TableDef::name),
                merged(a.enums(), b.enums(), EnumTypeDef::name), merged(a.sequences(), b.sequences(), SequenceDef::name),
                merged(a.views(), b.views(), ViewDef::name), merged(a.extensions(), b.extensions(), ExtensionDef::name),
                merged(a.functions(), b.functions(), FunctionDef::signature),
                merged(a.triggers(), b.triggers(), t -> t.table() + " " + t.name()),
                merged(a.domains(), b.domains(), DomainDef::name), mergedComments(a.schemaComments(), b.schemaComments()),
                merged(a.rowSecurity(), b.rowSecurity(), RowSecurityDef::table),
                merged(a.policies(), b.policies(), p -> p.table() + " " + p.name()), merged(a.grants(), b.grants(), GrantDef::key),
                merged(a.aggregates(), b.aggregates(), AggregateDef::signature));
    }

    private static Map<String, String> mergedComments(Map<String, String> a, Map<String, String> b) {
        Map<String, String> all = new TreeMap<>(b);
        all.putAll(a);
        return all;
    }

    private static <T, K> List<T> merged(List<T> a, List<T> b, Function<T, K> key) {
        Map<K, T> all = new LinkedHashMap<>();
        for (T item : a) all.put(key.apply(item), item);
        for (T item : b) all.putIfAbsent(key.apply(item), item);
        return List.copyOf(all.values());
    }

    /** The replayed schema a revision's upgrade starts from. */
    private State before(String id) {
        State known = before.get(id);
        if (known != null) return known;
        RevisionNode node = migrations.get(id).node();
        State state;
        if (node.isBase()) {
            state = start();
        } else if (node.parents().size() == 1) {
            state = after(node.parents().get(0));
        } else {
            RevisionGraph graph = migrations.graph();
            Set<String> ancestors = new LinkedHashSet<>(graph.ancestors(List.of(id)));
            ancestors.remove(id);
            state = start();
            for (String ancestor : ancestors) state = applied(state, ancestor);
        }
        before.put(id, state);
        return state;
    }

    // Kept: a revision's downgrade and its children's upgrades all start from it, and applying a
    // revision's ops again copies the model once per op.
    private State after(String id) {
        State known = after.get(id);
        if (known != null) return known;
        State state = applied(before(id), id);
        after.put(id, state);
        return state;
    }

    private State applied(State state, String id) {
        if (state.model == null) return state;
        Recording recording = upgrade(id);
        if (recording.failure != null) return new State(null, "the upgrade() of revision " + id + " threw "
                + MigrationCodeException.describe(recording.failure));
        SchemaModel model = state.model;
        int number = 0;
        for (SchemaOp op : recording.ops) {
            number++;
            try {
                model = OpApplier.apply(model, op);
            } catch (IllegalStateException | IllegalArgumentException e) {
                return new State(null, "op " + number + " of revision " + id + " (" + op.describe() + ") does not apply: "
                        + e.getMessage());
            }
        }
        return new State(model, null);
    }

    private State start() {
        List<String> schemas = defaultSchema.equals("public") ? List.of("public") : List.of("public", defaultSchema);
        return new State(SchemaModel.empty().withSchemas(schemas), null);
    }
}
