package io.migrata.cli.output;

import io.migrata.diff.DiffResult;
import io.migrata.diff.Hazard;
import io.migrata.diff.RenameCandidate;
import io.migrata.runner.sql.Statement;
import io.migrata.schema.op.SchemaOp;
import java.util.List;

/**
 * A diff as JSON (see docs/commands.md): what was compared, whether it is equal, each operation
 * with its kind, description, destructiveness, hazards and (when SQL was asked for) statements,
 * the likely renames and the notes. Every key is always present.
 */
public final class DiffJson {

    public static final int FORMAT_VERSION = 1;

    private final JsonWriter json;

    private DiffJson(JsonWriter json) {
        this.json = json;
    }

    /**
     * @param statements each op's statements, in op order, or null when SQL was not asked for
     *                   (each {@code statements} key is then null)
     */
    public static void write(String from, String to, DiffResult result, List<List<Statement>> statements, Appendable out) {
        JsonWriter json = new JsonWriter(out);
        json.beginObject();
        json.name("formatVersion").value(FORMAT_VERSION);
        members(json, from, to, result, statements);
        json.endObject().finish();
    }

    /** The members of a diff, for documents that hold one (check, drift). */
    public static void members(JsonWriter json, String from, String to, DiffResult result, List<List<Statement>> statements) {
        new DiffJson(json).body(from, to, result, statements);
    }

    private void body(String from, String to, DiffResult result, List<List<Statement>> statements) {
        json.name("from").value(from);
        json.name("to").value(to);
        json.name("equal").value(result.isEmpty());
        json.name("operations").beginArray();
        for (int i = 0; i < result.ops().size(); i++) {
            operation(result, result.ops().get(i), statements == null ? null : statements.get(i));
        }
        json.endArray();
        json.name("renameCandidates").beginArray();
        for (RenameCandidate candidate : result.renameCandidates()) {
            json.beginObject();
            json.name("kind").value(candidate.kind().name());
            json.name("table").value(candidate.table().toString());
            json.name("from").value(candidate.from());
            json.name("to").value(candidate.to());
            json.name("rename").value(RenameFlags.value(candidate.hint()));
            json.endObject();
        }
        json.endArray();
        json.name("notes").value(RenameFlags.otherNotes(result));
    }

    private void operation(DiffResult result, SchemaOp op, List<Statement> statements) {
        json.beginObject();
        json.name("op").value(op.getClass().getSimpleName());
        json.name("description").value(op.describe());
        json.name("destructive").value(op.isDestructive());
        json.name("hazards").beginArray();
        for (Hazard hazard : DiffText.hazardsOf(result, op)) {
            json.beginObject().name("kind").value(hazard.kind().name()).name("message").value(hazard.message()).endObject();
        }
        json.endArray();
        json.name("statements");
        if (statements == null) {
            json.nullValue();
        } else {
            json.beginArray();
            for (Statement statement : statements) {
                json.beginObject().name("sql").value(statement.sql())
                        .name("transactional").value(statement.transactional()).endObject();
            }
            json.endArray();
        }
        json.endObject();
    }
}
