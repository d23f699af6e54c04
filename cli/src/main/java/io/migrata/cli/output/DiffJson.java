package io.migrata.cli.output;

import io.migrata.schema.op.SchemaOp;
import io.migrata.workflow.Comparison;
import java.io.Writer;
import java.util.List;

/**
 * A comparison as JSON (see docs/commands.md): what was compared, whether it is equal, each
 * operation with its kind, description, destructiveness, hazards and (when SQL was asked for)
 * statements, the likely renames, the notes, the objects left alone as not Migrata's and those
 * neither side's model can hold (not compared). Every key is always present.
 */
public final class DiffJson {

    public static final int FORMAT_VERSION = 1;

    private final JsonWriter json;

    private DiffJson(JsonWriter json) {
        this.json = json;
    }

    public static void write(Comparison comparison, Writer out) {
        JsonWriter json = new JsonWriter(out);
        json.beginObject();
        json.name("formatVersion").value(FORMAT_VERSION);
        new DiffJson(json).body(comparison);
        json.endObject().finish();
    }

    private void body(Comparison comparison) {
        json.name("from").value(comparison.from());
        json.name("to").value(comparison.to());
        json.name("equal").value(comparison.equal());
        json.name("operations").beginArray();
        for (int i = 0; i < comparison.ops().size(); i++) {
            operation(comparison, comparison.ops().get(i), comparison.statements() == null ? null : comparison.statements().get(i));
        }
        json.endArray();
        json.name("renameCandidates").beginArray();
        for (Comparison.RenameCandidate candidate : comparison.renameCandidates()) {
            json.beginObject();
            json.name("kind").value(candidate.kind());
            json.name("table").value(candidate.table());
            json.name("from").value(candidate.from());
            json.name("to").value(candidate.to());
            json.name("rename").value(candidate.rename());
            json.endObject();
        }
        json.endArray();
        json.name("notes").value(comparison.notes());
        json.name("unmanaged").value(comparison.unmanaged());
        json.name("notCompared").beginArray();
        for (Comparison.NotCompared counted : comparison.notCompared()) {
            json.beginObject();
            json.name("source").value(counted.source());
            json.name("kind").value(counted.kind());
            json.name("count").value(counted.count());
            json.name("objects").value(counted.objects());
            json.endObject();
        }
        json.endArray();
    }

    private void operation(Comparison comparison, SchemaOp op, List<Comparison.SqlStatement> statements) {
        json.beginObject();
        json.name("op").value(op.getClass().getSimpleName());
        json.name("description").value(op.describe());
        json.name("destructive").value(op.isDestructive());
        json.name("hazards").beginArray();
        for (Comparison.Hazard hazard : comparison.hazardsOf(op)) {
            json.beginObject().name("kind").value(hazard.kind()).name("message").value(hazard.message()).endObject();
        }
        json.endArray();
        json.name("statements");
        if (statements == null) {
            json.nullValue();
        } else {
            json.beginArray();
            for (Comparison.SqlStatement statement : statements) {
                json.beginObject().name("sql").value(statement.sql())
                        .name("transactional").value(statement.transactional()).endObject();
            }
            json.endArray();
        }
        json.endObject();
    }
}
