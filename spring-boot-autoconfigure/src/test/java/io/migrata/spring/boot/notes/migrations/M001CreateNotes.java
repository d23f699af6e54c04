package io.migrata.spring.boot.notes.migrations;

import static io.migrata.schema.migration.Schema.column;
import static io.migrata.schema.migration.Schema.primaryKey;
import static io.migrata.schema.migration.Types.bigint;
import static io.migrata.schema.migration.Types.varchar;

import io.migrata.schema.migration.Migration;
import io.migrata.schema.migration.Operations;
import io.migrata.schema.migration.Revision;

@Revision(id = "001_create_notes", message = "create notes", created = "2026-12-01T10:00:00Z")
public final class M001CreateNotes implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("notes",
                column("id", bigint()).identity(),
                column("title", varchar(200)).notNull(),
                primaryKey("id"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("notes");
    }
}
