package io.migrata.cli.output;

import io.migrata.workflow.Move;
import io.migrata.workflow.Stamp;
import java.io.Writer;

/**
 * What {@code upgrade}, {@code downgrade} and {@code stamp} did, as JSON (see docs/commands.md):
 * the database, each revision run with its duration, and the revisions the database is at afterwards.
 */
public final class MoveJson {

    public static final int FORMAT_VERSION = 1;

    private MoveJson() {
    }

    public static void write(Move move, Writer out) {
        JsonWriter json = new JsonWriter(out);
        json.beginObject();
        json.name("formatVersion").value(FORMAT_VERSION);
        json.name("database").value(move.database());
        json.name("direction").value(move.upgrade() ? "upgrade" : "downgrade");
        json.name("steps").beginArray();
        for (Move.Step step : move.steps()) {
            json.beginObject();
            json.name("revision").value(step.revision());
            json.name("message").value(step.message());
            json.name("description").value(step.description());
            json.name("from").value(step.from());
            json.name("to").value(step.to());
            json.name("statements").value(step.statements());
            json.name("durationMillis").value(step.duration().toMillis());
            json.endObject();
        }
        json.endArray();
        json.name("durationMillis").value(move.duration().toMillis());
        json.name("current").value(move.current());
        json.endObject().finish();
    }

    public static void write(Stamp stamp, Writer out) {
        JsonWriter json = new JsonWriter(out);
        json.beginObject();
        json.name("formatVersion").value(FORMAT_VERSION);
        json.name("database").value(stamp.database());
        json.name("before").value(stamp.before());
        json.name("after").value(stamp.after());
        json.name("entering").value(stamp.entering());
        json.name("leaving").value(stamp.leaving());
        json.name("purged").value(stamp.purged());
        json.name("current").value(stamp.after());
        json.endObject().finish();
    }
}
