package io.migrata.cli.output;

import io.migrata.workflow.RevisionInfo;
import java.util.List;
import java.util.function.UnaryOperator;

/** The members every command writes for a revision: id, parents, message, created, file. */
public final class RevisionJson {

    private RevisionJson() {
    }

    /** @param files how a file is shown (relative to the project directory) */
    public static void members(JsonWriter json, RevisionInfo revision, UnaryOperator<String> files) {
        json.name("id").value(revision.id());
        json.name("parents").value(revision.parents());
        json.name("message").value(revision.message());
        json.name("created").value(revision.created().isEmpty() ? null : revision.created());
        json.name("file").value(revision.file() == null ? null : files.apply(revision.file()));
    }

    /** The same members for a revision the version table names but no migration declares. */
    public static void unknown(JsonWriter json, String id) {
        json.name("id").value(id);
        json.name("parents").value(List.of());
        json.name("message").value((String) null);
        json.name("created").value((String) null);
        json.name("file").value((String) null);
    }
}
