package io.migrata.runner.sql;

import static io.migrata.runner.sql.OpCheck.assertAppliesExactly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.schema.EnumTypeDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.op.AddEnumValue;
import io.migrata.schema.op.CreateEnum;
import io.migrata.schema.op.DropEnum;
import io.migrata.schema.op.DropEnumValue;
import io.migrata.schema.op.RenameEnumValue;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

@ExtendWith(PostgresExtension.class)
class EnumOpsSqlTest {

    private static final QualifiedName STATUS = QualifiedName.of("Billing", "Bill Status");

    /**
     * The enum is used by a plain column, an array column and a column in another schema, each with
     * a default, and named by a partial index, an expression index and a check.
     */
    private static final String FIXTURE = """
            CREATE SCHEMA "Billing";
            CREATE TYPE "Billing"."Bill Status" AS ENUM ('draft', 'issued', 'spare', 'it''s "paid"', 'void');
            COMMENT ON TYPE "Billing"."Bill Status" IS 'where a bill stands';
            CREATE TABLE "Billing"."Bills" (
                id integer PRIMARY KEY,
                status "Billing"."Bill Status" DEFAULT 'draft' NOT NULL,
                history "Billing"."Bill Status"[] DEFAULT '{draft,issued}'
            );
            CREATE INDEX bills_status_idx ON "Billing"."Bills" (status);
            CREATE INDEX "bills unpaid" ON "Billing"."Bills" (id) WHERE status <> 'it''s "paid"';
            CREATE INDEX bills_is_draft ON "Billing"."Bills" ((status = 'draft'));
            ALTER TABLE "Billing"."Bills" ADD CONSTRAINT "issued has id" CHECK (status <> 'issued' OR id > 0);
            CREATE TABLE public."user" ("Last Status" "Billing"."Bill Status" DEFAULT 'void');
            INSERT INTO "Billing"."Bills" VALUES (1, 'issued', '{draft,issued}'), (2, 'it''s "paid"', '{}');
            INSERT INTO public."user" VALUES ('void'), (NULL);
            """;

    @Test
    void createsAndDropsEnumsWithLabelsThatNeedQuoting(TestDatabase db) throws SQLException {
        Databases.load(db, FIXTURE);
        assertAppliesExactly(db, new CreateEnum(new EnumTypeDef(QualifiedName.of("public", "Mood \"x\""),
                List.of("it's", "a \\ b", "UPPER"), "moods")));
        assertAppliesExactly(db, new CreateEnum(new EnumTypeDef(QualifiedName.of("public", "empty"), List.of(), null)));
    }

    @Test
    void addsLabelsBeforeAfterAndAtTheEndOutsideTheTransaction(TestDatabase db) throws SQLException {
        Databases.load(db, FIXTURE);
        AddEnumValue first = new AddEnumValue(STATUS, "new", "draft", null);
        assertEquals(false, new PostgresSqlRenderer().render(first).get(0).transactional());
        assertAppliesExactly(db, first,
                new AddEnumValue(STATUS, "o'clock", null, "it's \"paid\""),
                new AddEnumValue(STATUS, "LAST", null, null));
    }

    @Test
    void dropsALabelByRebuildingTheTypeAndItsColumns(TestDatabase db) throws SQLException {
        Databases.load(db, FIXTURE);
        db.execute("UPDATE public.\"user\" SET \"Last Status\" = NULL;"
                + " ALTER TABLE public.\"user\" ALTER COLUMN \"Last Status\" SET DEFAULT 'issued'");
        assertAppliesExactly(db, new DropEnumValue(STATUS, "void", null, null),
                new DropEnumValue(STATUS, "spare", "it's \"paid\"", null));
        assertEquals(List.of("1 issued {draft,issued}", "2 it's \"paid\" {}"),
                rows(db, "SELECT id || ' ' || status || ' ' || history::text FROM \"Billing\".\"Bills\" ORDER BY id"));
    }

    @Test
    void refusesToDropALabelThatRowsStillHold(TestDatabase db) throws SQLException {
        Databases.load(db, FIXTURE);
        SQLException refused = assertThrows(SQLException.class, () -> Databases.apply(db, new PostgresSqlRenderer(),
                List.of(new DropEnumValue(STATUS, "issued", null, "draft"))));
        assertTrue(refused.getMessage().contains("invalid input value for enum"), refused.getMessage());
        SchemaModel unchanged = Databases.read(db);
        assertEquals(List.of("draft", "issued", "spare", "it's \"paid\"", "void"), unchanged.enumType(STATUS).orElseThrow().labels());
    }

    @Test
    void renamesLabels(TestDatabase db) throws SQLException {
        Databases.load(db, FIXTURE);
        // PostgreSQL's stored expressions follow a renamed label; the model keeps their text, so the
        // label renamed here is one no expression names.
        assertAppliesExactly(db, new RenameEnumValue(STATUS, "spare", "it's \\ spare"));
    }

    @Test
    void dropsAnEnumNoColumnUses(TestDatabase db) throws SQLException {
        SchemaModel model = Databases.load(db, FIXTURE + "CREATE TYPE public.unused AS ENUM ('a');"
                + " COMMENT ON TYPE public.unused IS 'not used';");
        assertAppliesExactly(db, new DropEnum(model.enumType(QualifiedName.of("public", "unused")).orElseThrow()));
    }

    private static List<String> rows(TestDatabase db, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.connect(); ResultSet result = connection.createStatement().executeQuery(query)) {
            while (result.next()) rows.add(result.getString(1));
        }
        return rows;
    }
}
