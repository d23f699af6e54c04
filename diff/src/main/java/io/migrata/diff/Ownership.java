package io.migrata.diff;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.ConstraintDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.NamePattern;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;
import io.migrata.schema.op.OpApplier;
import io.migrata.schema.op.RenameTable;
import io.migrata.schema.op.SchemaOp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which objects are Migrata's to drop. A comparison of the database (or the replayed history) with
 * the entities drops what the entities lack; that is right for what Migrata's own revisions
 * created, and wrong for what was there before Migrata or beside it: another library's lock table,
 * the indexes an earlier tool's SQL declared, a table a SQL revision made. So an object is Migrata's
 * when the history's typed operations created it ({@code created}: the schema the revisions'
 * operations leave, replayed in memory, which does not follow hand-written SQL) and no baseline
 * revision did ({@code adopted}: what the baselines created, the database as it was when Migrata
 * took over), or when its table matches a {@code managed} pattern (the user says so).
 * {@link #everything()} makes every object Migrata's: a plain comparison of two models.
 *
 * <pre>{@code
 * Ownership ownership = Ownership.of(replayedHistory, afterBaseline).managing("legacy_*");
 * SchemaDiff.between(database, entities, DiffOptions.defaults().withOwnership(ownership)).unmanaged();
 * }</pre>
 */
public final class Ownership {

    private static final Ownership EVERYTHING = new Ownership(null, null, List.of());

    private final ModelIndex created;
    private final ModelIndex adopted;
    private final List<NamePattern> managed;

    private Ownership(ModelIndex created, ModelIndex adopted, List<NamePattern> managed) {
        this.created = created;
        this.adopted = adopted;
        this.managed = List.copyOf(managed);
    }

    public static Ownership everything() {
        return EVERYTHING;
    }

    /**
     * @param created what the revisions' operations create, replayed in memory
     * @param adopted what the baseline revisions among them create ({@link SchemaModel#empty()} when none)
     */
    public static Ownership of(SchemaModel created, SchemaModel adopted) {
        return new Ownership(new ModelIndex(created), new ModelIndex(adopted), List.of());
    }

    /** Also Migrata's: tables (with everything on them), views, sequences and types these globs match. */
    public Ownership managing(String... globs) {
        if (created == null) return this;
        List<NamePattern> all = new ArrayList<>(managed);
        for (String glob : globs) all.add(NamePattern.of(glob));
        return new Ownership(created, adopted, all);
    }

    public boolean isEverything() {
        return created == null;
    }

    /**
     * The same ownership with the diff's renamed tables found by their new names: a column the
     * history created in {@code exchange_rates} is still Migrata's once a hint renames the table to
     * {@code currency_rates}, so its drop (and the rename it may be) is not hidden as unmanaged.
     */
    Ownership following(List<SchemaOp> renames) {
        List<SchemaOp> tables = renames.stream().filter(op -> op instanceof RenameTable).toList();
        if (isEverything() || tables.isEmpty()) return this;
        return new Ownership(new ModelIndex(renamed(created.model, tables)), new ModelIndex(renamed(adopted.model, tables)),
                managed);
    }

    private static SchemaModel renamed(SchemaModel model, List<SchemaOp> tableRenames) {
        SchemaModel result = model;
        for (SchemaOp op : tableRenames) {
            RenameTable rename = (RenameTable) op;
            if (result.table(rename.table()).isPresent()
                    && result.table(rename.table().withName(rename.newName())).isEmpty()) {
                result = OpApplier.apply(result, rename);
            }
        }
        return result;
    }

    boolean ownsTable(QualifiedName table) {
        return isEverything() || matched(table) || created.table(table) != null && adopted.table(table) == null;
    }

    boolean ownsColumn(QualifiedName table, String column) {
        return owns(table, t -> t.column(column).map(ColumnDef::name));
    }

    boolean ownsIndex(QualifiedName table, String index) {
        return owns(table, t -> t.indexes().stream().map(IndexDef::name).filter(index::equals).findFirst());
    }

    boolean ownsConstraint(QualifiedName table, String constraint) {
        return owns(table, t -> t.constraint(constraint).map(ConstraintDef::name));
    }

    boolean ownsSequence(QualifiedName sequence) {
        return isEverything() || matched(sequence) || created.sequence(sequence) != null && adopted.sequence(sequence) == null;
    }

    boolean ownsView(QualifiedName view) {
        return isEverything() || matched(view) || created.view(view) != null && adopted.view(view) == null;
    }

    boolean ownsEnum(QualifiedName type) {
        return isEverything() || matched(type) || created.enumType(type) != null && adopted.enumType(type) == null;
    }

    private boolean owns(QualifiedName table, Function<TableDef, Optional<String>> part) {
        if (isEverything() || matched(table)) return true;
        TableDef made = created.table(table);
        if (made == null || part.apply(made).isEmpty()) return false;
        TableDef baseline = adopted.table(table);
        return baseline == null || part.apply(baseline).isEmpty();
    }

    private boolean matched(QualifiedName name) {
        return managed.stream().anyMatch(pattern -> pattern.matches(name));
    }
}
