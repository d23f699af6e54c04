package io.migrata.spring.boot.notes.migrations;

import static io.migrata.schema.migration.Schema.column;
import static io.migrata.schema.migration.Types.varchar;

import io.migrata.schema.migration.Migration;
import io.migrata.schema.migration.Operations;
import io.migrata.schema.migration.Revision;

@Revision(id = "002_add_note_author", parents = "001_create_notes", message = "add note author",
        created = "2026-12-01T10:05:00Z")
public final class M002AddNoteAuthor implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addColumn("notes", column("author", varchar(40)));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("notes", column("author", varchar(40)));
    }
}
