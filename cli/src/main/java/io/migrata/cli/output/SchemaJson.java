package io.migrata.cli.output;

import io.migrata.introspect.UnmodeledObject;
import io.migrata.schema.CheckDef;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.Deferrability;
import io.migrata.schema.EnumTypeDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.IdentityDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.SequenceOptions;
import io.migrata.schema.TableDef;
import io.migrata.schema.UniqueDef;
import io.migrata.schema.ViewDef;
import java.io.Writer;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes a {@link SchemaModel} as the JSON document described in docs/inspect.md. Every key is
 * always present ({@code null} or {@code []} when absent) and comes in a fixed order; elements keep
 * the model's order, which is sorted by name. The same schema therefore prints the same bytes.
 */
public final class SchemaJson {

    /** Bumped when a key is renamed or removed; adding keys keeps the version. */
    public static final int FORMAT_VERSION = 1;

    private final JsonWriter json;

    private SchemaJson(Writer out) {
        this.json = new JsonWriter(out);
    }

    /** @param unmodeled what the database holds that the model has no place for, as {@code notModeled} */
    public static void write(SchemaModel model, List<UnmodeledObject> unmodeled, Writer out) {
        new SchemaJson(out).model(model, unmodeled);
    }

    private void model(SchemaModel model, List<UnmodeledObject> unmodeled) {
        json.beginObject();
        json.name("formatVersion").value(FORMAT_VERSION);
        json.name("schemas").value(model.schemas());
        array("tables", model.tables(), this::table);
        array("enums", model.enums(), this::enumType);
        array("sequences", model.sequences(), this::sequence);
        array("views", model.views(), this::view);
        array("notModeled", unmodeled, this::unmodeled);
        json.endObject().finish();
    }

    private void unmodeled(UnmodeledObject object) {
        json.name("kind").value(object.kind().singular());
        json.name("schema");
        if (object.schema() == null) json.nullValue();
        else json.value(object.schema());
        json.name("name").value(object.name());
    }

    private void table(TableDef table) {
        qualifiedName(table.name());
        array("columns", table.columns(), this::column);
        json.name("primaryKey");
        if (table.primaryKey() == null) json.nullValue();
        else primaryKey(table.primaryKey());
        array("uniques", table.uniques(), this::unique);
        array("checks", table.checks(), this::check);
        array("foreignKeys", table.foreignKeys(), this::foreignKey);
        array("indexes", table.indexes(), this::index);
        json.name("comment").value(table.comment());
        json.name("partitionKey").value(table.partitionKey());
        json.name("partitionOf");
        if (table.isPartition()) {
            json.beginObject();
            qualifiedName(table.partitionOf().parent());
            json.name("bound").value(table.partitionOf().bound());
            json.endObject();
        } else {
            json.nullValue();
        }
    }

    private void column(ColumnDef column) {
        json.name("name").value(column.name());
        json.name("type").value(column.type().spelling());
        json.name("nullable").value(column.nullable());
        json.name("default").value(column.defaultExpression());
        json.name("identity");
        if (column.identity() == null) json.nullValue();
        else identity(column.identity());
        json.name("generated").value(column.generatedExpression());
        json.name("collation").value(column.collation());
        json.name("comment").value(column.comment());
    }

    private void identity(IdentityDef identity) {
        json.beginObject();
        json.name("generation").value(identity.generation().sql());
        sequenceOptions(identity.options());
        json.endObject();
    }

    private void primaryKey(PrimaryKeyDef primaryKey) {
        json.beginObject();
        json.name("name").value(primaryKey.name());
        json.name("columns").value(primaryKey.columns());
        json.endObject();
    }

    private void unique(UniqueDef unique) {
        json.name("name").value(unique.name());
        json.name("columns").value(unique.columns());
        json.name("nullsNotDistinct").value(unique.nullsNotDistinct());
        deferrability(unique.deferrability());
    }

    private void check(CheckDef check) {
        json.name("name").value(check.name());
        json.name("expression").value(check.expression());
    }

    private void foreignKey(ForeignKeyDef foreignKey) {
        json.name("name").value(foreignKey.name());
        json.name("columns").value(foreignKey.columns());
        json.name("references").beginObject();
        json.name("schema").value(foreignKey.targetTable().schema());
        json.name("table").value(foreignKey.targetTable().name());
        json.name("columns").value(foreignKey.targetColumns());
        json.endObject();
        json.name("onDelete").value(foreignKey.onDelete().sql());
        json.name("onUpdate").value(foreignKey.onUpdate().sql());
        json.name("matchFull").value(foreignKey.matchFull());
        deferrability(foreignKey.deferrability());
    }

    private void index(IndexDef index) {
        json.name("name").value(index.name());
        json.name("unique").value(index.unique());
        json.name("method").value(index.method());
        array("keys", index.keys(), this::indexKey);
        json.name("include").value(index.include());
        json.name("nullsNotDistinct").value(index.nullsNotDistinct());
        json.name("predicate").value(index.predicate());
    }

    private void indexKey(IndexKey key) {
        json.name("column").value(key.column());
        json.name("expression").value(key.expression());
        json.name("descending").value(key.descending());
        json.name("nullsFirst").value(key.nullsFirst());
        json.name("opclass").value(key.opclass());
        json.name("collation").value(key.collation());
    }

    private void enumType(EnumTypeDef enumType) {
        qualifiedName(enumType.name());
        json.name("labels").value(enumType.labels());
        json.name("comment").value(enumType.comment());
    }

    private void sequence(SequenceDef sequence) {
        qualifiedName(sequence.name());
        json.name("type").value(sequence.type().spelling());
        sequenceOptions(sequence.options());
        json.name("ownedBy");
        if (sequence.ownedBy() == null) {
            json.nullValue();
        } else {
            json.beginObject();
            json.name("schema").value(sequence.ownedBy().table().schema());
            json.name("table").value(sequence.ownedBy().table().name());
            json.name("column").value(sequence.ownedBy().column());
            json.endObject();
        }
        json.name("comment").value(sequence.comment());
    }

    private void view(ViewDef view) {
        qualifiedName(view.name());
        json.name("materialized").value(view.materialized());
        json.name("definition").value(view.definition());
        json.name("comment").value(view.comment());
        json.name("withData").value(view.withData());
        array("indexes", view.indexes(), this::index);
    }

    private void qualifiedName(QualifiedName name) {
        json.name("schema").value(name.schema());
        json.name("name").value(name.name());
    }

    private void sequenceOptions(SequenceOptions options) {
        json.name("start").value(options.start());
        json.name("increment").value(options.increment());
        json.name("minValue").value(options.min());
        json.name("maxValue").value(options.max());
        json.name("cache").value(options.cache());
        json.name("cycle").value(options.cycle());
    }

    private void deferrability(Deferrability deferrability) {
        json.name("deferrable").value(deferrability != Deferrability.NOT_DEFERRABLE);
        json.name("initiallyDeferred").value(deferrability == Deferrability.DEFERRABLE_INITIALLY_DEFERRED);
    }

    /** A named array with one object per element, {@code fields} writing each object's members. */
    private <T> void array(String name, List<T> elements, Consumer<T> fields) {
        json.name(name).beginArray();
        for (T element : elements) {
            json.beginObject();
            fields.accept(element);
            json.endObject();
        }
        json.endArray();
    }
}
