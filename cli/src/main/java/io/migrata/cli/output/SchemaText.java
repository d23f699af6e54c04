package io.migrata.cli.output;

import io.migrata.introspect.UnmodeledObject;
import io.migrata.schema.CheckDef;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.EnumTypeDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.IdentityDef;
import io.migrata.schema.Identifiers;
import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.SequenceOptions;
import io.migrata.schema.SqlLiterals;
import io.migrata.schema.TableDef;
import io.migrata.schema.UniqueDef;
import io.migrata.schema.ViewDef;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a {@link SchemaModel} for people: schema by schema, each table with its columns in a
 * table layout, then its constraints and indexes, then enum types, sequences and views; last, the
 * objects the model has no place for. Names are
 * quoted only where SQL would need it, and clauses read as they would in DDL.
 */
public final class SchemaText {

    private final PrintWriter out;

    private SchemaText(PrintWriter out) {
        this.out = out;
    }

    /** @param unmodeled what the database holds that the model has no place for, listed last */
    public static void write(SchemaModel model, List<UnmodeledObject> unmodeled, PrintWriter out) {
        SchemaText text = new SchemaText(out);
        text.model(model);
        text.unmodeled(unmodeled);
    }

    /** One line per object, under a heading that says what leaving them out means. */
    private void unmodeled(List<UnmodeledObject> objects) {
        if (objects.isEmpty()) return;
        out.println();
        out.println("not modeled, so never compared by diff, check or drift (" + objects.size() + "):");
        for (UnmodeledObject object : objects) out.println("  " + object.describe());
    }

    private void model(SchemaModel model) {
        if (model.schemas().isEmpty()) {
            out.println("no schemas");
            return;
        }
        boolean first = true;
        for (String schema : model.schemas()) {
            if (!first) out.println();
            first = false;
            schema(schema, model);
        }
    }

    private void schema(String schema, SchemaModel model) {
        out.println("schema " + Identifiers.quote(schema));
        List<TableDef> tables = model.tables().stream().filter(t -> t.name().schema().equals(schema)).toList();
        List<EnumTypeDef> enums = model.enums().stream().filter(e -> e.name().schema().equals(schema)).toList();
        List<SequenceDef> sequences = model.sequences().stream().filter(s -> s.name().schema().equals(schema)).toList();
        List<ViewDef> views = model.views().stream().filter(v -> v.name().schema().equals(schema)).toList();
        if (tables.isEmpty() && enums.isEmpty() && sequences.isEmpty() && views.isEmpty()) {
            out.println("  (empty)");
            return;
        }
        tables.forEach(this::table);
        if (!enums.isEmpty()) out.println();
        enums.forEach(e -> out.println("  enum " + Identifiers.quote(e.name().name()) + " ("
                + e.labels().stream().map(SchemaText::literal).collect(Collectors.joining(", ")) + ")"
                + comment(e.comment())));
        if (!sequences.isEmpty()) out.println();
        sequences.forEach(this::sequence);
        views.forEach(this::view);
    }

    private void table(TableDef table) {
        out.println();
        String partitioning = (table.isPartition() ? "  PARTITION OF " + Identifiers.quote(table.partitionOf().parent().name())
                + " " + table.partitionOf().bound() : "") + (table.isPartitioned() ? "  PARTITION BY " + table.partitionKey() : "");
        out.println("  table " + Identifiers.quote(table.name().name()) + partitioning + comment(table.comment()));
        int nameWidth = table.columns().stream().mapToInt(c -> Identifiers.quote(c.name()).length()).max().orElse(0);
        int typeWidth = table.columns().stream().mapToInt(c -> c.type().spelling().length()).max().orElse(0);
        for (ColumnDef column : table.columns()) {
            String line = "    " + pad(Identifiers.quote(column.name()), nameWidth) + "  "
                    + pad(column.type().spelling(), typeWidth) + columnClauses(column);
            out.println(line.stripTrailing());
        }
        if (table.primaryKey() != null) {
            out.println("    primary key " + Identifiers.quote(table.primaryKey().name()) + " " + columns(table.primaryKey().columns()));
        }
        for (UniqueDef unique : table.uniques()) {
            out.println("    unique " + Identifiers.quote(unique.name()) + " " + columns(unique.columns())
                    + (unique.nullsNotDistinct() ? " NULLS NOT DISTINCT" : "") + unique.deferrability().sqlSuffix());
        }
        for (CheckDef check : table.checks()) {
            out.println("    check " + Identifiers.quote(check.name()) + " " + check.expression());
        }
        table.foreignKeys().forEach(this::foreignKey);
        table.indexes().forEach(this::index);
    }

    private static String columnClauses(ColumnDef column) {
        List<String> clauses = new ArrayList<>();
        if (!column.nullable()) clauses.add("NOT NULL");
        if (column.defaultExpression() != null) clauses.add("DEFAULT " + column.defaultExpression());
        if (column.identity() != null) clauses.add(identity(column.identity(), column));
        if (column.generatedExpression() != null) clauses.add("GENERATED ALWAYS AS (" + column.generatedExpression() + ") STORED");
        if (column.collation() != null) clauses.add("COLLATE " + column.collation());
        String text = clauses.isEmpty() ? "" : "  " + String.join(" ", clauses);
        return text + comment(column.comment());
    }

    private static String identity(IdentityDef identity, ColumnDef column) {
        String options = sequenceOptions(identity.options(), SequenceOptions.defaultsFor(column.type()));
        return "GENERATED " + identity.generation().sql() + " AS IDENTITY" + (options.isEmpty() ? "" : " (" + options + ")");
    }

    private void foreignKey(ForeignKeyDef foreignKey) {
        StringBuilder line = new StringBuilder("    foreign key ").append(Identifiers.quote(foreignKey.name()))
                .append(' ').append(columns(foreignKey.columns()))
                .append(" REFERENCES ").append(foreignKey.targetTable()).append(' ').append(columns(foreignKey.targetColumns()));
        if (foreignKey.matchFull()) line.append(" MATCH FULL");
        if (foreignKey.onDelete() != ForeignKeyDef.Action.NO_ACTION) line.append(" ON DELETE ").append(foreignKey.onDelete().sql());
        if (foreignKey.onUpdate() != ForeignKeyDef.Action.NO_ACTION) line.append(" ON UPDATE ").append(foreignKey.onUpdate().sql());
        out.println(line.append(foreignKey.deferrability().sqlSuffix()));
    }

    private void index(IndexDef index) {
        StringBuilder line = new StringBuilder("    ").append(index.unique() ? "unique index " : "index ")
                .append(Identifiers.quote(index.name()));
        if (!index.method().equals("btree")) line.append(" USING ").append(index.method());
        line.append(" (").append(index.keys().stream().map(SchemaText::indexKey).collect(Collectors.joining(", "))).append(')');
        if (!index.include().isEmpty()) line.append(" INCLUDE ").append(columns(index.include()));
        if (index.nullsNotDistinct()) line.append(" NULLS NOT DISTINCT");
        if (index.predicate() != null) line.append(" WHERE ").append(index.predicate());
        out.println(line);
    }

    private static String indexKey(IndexKey key) {
        StringBuilder text = new StringBuilder(key.isExpression() ? key.expression() : Identifiers.quote(key.column()));
        if (key.collation() != null) text.append(" COLLATE ").append(key.collation());
        if (key.opclass() != null) text.append(' ').append(key.opclass());
        if (key.descending()) text.append(" DESC");
        if (key.hasExplicitNullOrder()) text.append(key.nullsFirst() ? " NULLS FIRST" : " NULLS LAST");
        return text.toString();
    }

    private void sequence(SequenceDef sequence) {
        String options = sequenceOptions(sequence.options(), SequenceOptions.defaultsFor(sequence.type()));
        out.println("  sequence " + Identifiers.quote(sequence.name().name()) + " " + sequence.type()
                + (options.isEmpty() ? "" : " " + options)
                + (sequence.ownedBy() == null ? "" : " OWNED BY " + sequence.ownedBy())
                + comment(sequence.comment()));
    }

    private void view(ViewDef view) {
        out.println();
        out.println("  " + (view.materialized() ? "materialized view " : "view ") + Identifiers.quote(view.name().name())
                + comment(view.comment()));
        view.definition().stripIndent().strip().lines().forEach(line -> out.println("    " + line));
        if (!view.withData()) out.println("    WITH NO DATA");
        view.indexes().forEach(this::index);
    }

    /** The options that differ from PostgreSQL's defaults for the type, as CREATE SEQUENCE spells them. */
    private static String sequenceOptions(SequenceOptions options, SequenceOptions defaults) {
        List<String> parts = new ArrayList<>();
        if (options.start() != defaults.start()) parts.add("START " + options.start());
        if (options.increment() != defaults.increment()) parts.add("INCREMENT " + options.increment());
        if (options.min() != defaults.min()) parts.add("MINVALUE " + options.min());
        if (options.max() != defaults.max()) parts.add("MAXVALUE " + options.max());
        if (options.cache() != defaults.cache()) parts.add("CACHE " + options.cache());
        if (options.cycle()) parts.add("CYCLE");
        return String.join(" ", parts);
    }

    private static String columns(List<String> names) {
        return names.stream().map(Identifiers::quote).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String comment(String comment) {
        return comment == null ? "" : "  -- " + comment.replace('\n', ' ');
    }

    private static String literal(String text) {
        return SqlLiterals.quote(text);
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
