package io.migrata.runner.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.schema.CheckDef;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.ColumnRef;
import io.migrata.schema.Deferrability;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.IdentityDef;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.SequenceOptions;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;
import io.migrata.schema.UniqueDef;
import io.migrata.schema.op.AddEnumValue;
import io.migrata.schema.op.AlterColumn;
import io.migrata.schema.op.AlterSequence;
import io.migrata.schema.op.CommentTarget;
import io.migrata.schema.op.CreateTable;
import io.migrata.schema.op.DropEnumValue;
import io.migrata.schema.op.SchemaOp;
import io.migrata.schema.op.SetComment;
import org.junit.jupiter.api.Test;

import java.util.List;

/** The exact text of rendered statements, where the spelling itself is the point. */
class RenderedSqlTextTest {

    private static final QualifiedName ORDERS = QualifiedName.of("Sales EU", "order");
    private final PostgresSqlRenderer renderer = new PostgresSqlRenderer();

    private List<String> sql(SchemaOp op) {
        return renderer.render(op).stream().map(Statement::sql).toList();
    }

    @Test
    void createsATableWithQuotedNamesAndExplicitConstraintNames() {
        SqlType bigint = SqlType.of("bigint");
        TableDef table = new TableDef(ORDERS, List.of(
                ColumnDef.of("Id", bigint).withNullable(false)
                        .withIdentity(new IdentityDef(IdentityDef.Generation.ALWAYS, SequenceOptions.defaultsFor(bigint))),
                ColumnDef.of("user", SqlType.of("text")).withCollation("\"C\"").withDefault("'it''s'::text")
                        .withComment("who \"ordered\""),
                ColumnDef.of("total", SqlType.of("numeric(10,2)")).withGenerated("(\"Id\" * 2)")),
                new PrimaryKeyDef("order_pkey", List.of("Id")),
                List.of(new UniqueDef("order user", List.of("user"), true, Deferrability.DEFERRABLE_INITIALLY_DEFERRED)),
                List.of(new CheckDef("total positive", "(total > (0)::numeric)")),
                List.of(new ForeignKeyDef("order parent", List.of("Id"), ORDERS, List.of("Id"),
                        ForeignKeyDef.Action.CASCADE, ForeignKeyDef.Action.NO_ACTION, true, Deferrability.NOT_DEFERRABLE)),
                List.of(), "it's \\ a table");
        assertEquals(List.of("""
                        CREATE TABLE "Sales EU"."order" (
                            "Id" bigint GENERATED ALWAYS AS IDENTITY (START WITH 1 INCREMENT BY 1 MINVALUE 1 \
                        MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE) NOT NULL,
                            "user" text COLLATE "C" DEFAULT 'it''s'::text,
                            total numeric(10,2) GENERATED ALWAYS AS (("Id" * 2)) STORED,
                            CONSTRAINT order_pkey PRIMARY KEY ("Id"),
                            CONSTRAINT "order user" UNIQUE NULLS NOT DISTINCT ("user") DEFERRABLE INITIALLY DEFERRED,
                            CONSTRAINT "total positive" CHECK ((total > (0)::numeric))
                        )""",
                "ALTER TABLE \"Sales EU\".\"order\" ADD CONSTRAINT \"order parent\" FOREIGN KEY (\"Id\")"
                        + " REFERENCES \"Sales EU\".\"order\" (\"Id\") MATCH FULL ON DELETE CASCADE",
                "COMMENT ON TABLE \"Sales EU\".\"order\" IS E'it''s \\\\ a table'",
                "COMMENT ON COLUMN \"Sales EU\".\"order\".\"user\" IS 'who \"ordered\"'"),
                sql(new CreateTable(table)));
    }

    @Test
    void altersAColumnInAnOrderThatAlwaysWorks() {
        ColumnDef from = ColumnDef.of("qty", SqlType.of("text")).withDefault("'1'::text");
        ColumnDef to = ColumnDef.of("qty", SqlType.of("integer")).withDefault("1").withNullable(false);
        String column = "ALTER TABLE \"Sales EU\".\"order\" ALTER COLUMN qty ";
        assertEquals(List.of(column + "DROP DEFAULT", column + "TYPE integer",
                        column + "SET DEFAULT 1", column + "SET NOT NULL"),
                sql(new AlterColumn(ORDERS, from, to)));
        assertEquals(List.of(column + "DROP DEFAULT", column + "DROP NOT NULL", column + "TYPE text USING (qty * 2)::text",
                        column + "SET DEFAULT '1'::text"),
                sql(new AlterColumn(ORDERS, to, from, "(qty * 2)::text")));
    }

    @Test
    void turnsASerialIntoAnIdentityAfterDroppingItsDefault() {
        SqlType integer = SqlType.of("integer");
        ColumnDef serial = ColumnDef.of("id", integer).withNullable(false).withDefault("nextval('public.t_id_seq'::regclass)");
        ColumnDef identity = serial.withDefault(null)
                .withIdentity(new IdentityDef(IdentityDef.Generation.BY_DEFAULT, SequenceOptions.defaultsFor(integer)));
        String column = "ALTER TABLE \"Sales EU\".\"order\" ALTER COLUMN id ";
        assertEquals(List.of(column + "DROP DEFAULT", column + "ADD GENERATED BY DEFAULT AS IDENTITY (START WITH 1"
                        + " INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE)",
                        "SELECT setval(seqrelid, CASE WHEN seqincrement < 0 THEN min ELSE max END, true)"
                                + " FROM (SELECT min(id) AS min, max(id) AS max FROM \"Sales EU\".\"order\") existing"
                                + " JOIN pg_catalog.pg_sequence ON seqrelid"
                                + " = pg_get_serial_sequence('\"Sales EU\".\"order\"', 'id')::regclass"
                                + " WHERE CASE WHEN seqincrement < 0 THEN min <= seqstart ELSE max >= seqstart END"),
                sql(new AlterColumn(ORDERS, serial, identity)));
    }

    @Test
    void continuesASequenceGivenToAQuotedColumnAfterItsValues() {
        ColumnDef plain = ColumnDef.of("User's Id", SqlType.of("integer")).withNullable(false);
        ColumnDef serial = plain.withDefault("nextval('\"Sales EU\".\"Order''s \\ \"\"No\"\"\"'::regclass)");
        String column = "ALTER TABLE \"Sales EU\".\"order\" ALTER COLUMN \"User's Id\" ";
        assertEquals(List.of(column + "SET DEFAULT " + serial.defaultExpression(),
                        "SELECT setval(seqrelid, CASE WHEN seqincrement < 0 THEN min ELSE max END, true)"
                                + " FROM (SELECT min(\"User's Id\") AS min, max(\"User's Id\") AS max"
                                + " FROM \"Sales EU\".\"order\") existing JOIN pg_catalog.pg_sequence ON seqrelid"
                                + " = E'\"Sales EU\".\"Order''s \\\\ \"\"No\"\"\"'::regclass"
                                + " WHERE CASE WHEN seqincrement < 0 THEN min <= seqstart ELSE max >= seqstart END"),
                sql(new AlterColumn(ORDERS, plain, serial)));
        assertEquals(List.of(column + "DROP DEFAULT"), sql(new AlterColumn(ORDERS, serial, plain)));
    }

    @Test
    void leavesSequencesAloneForDefaultsThatOnlyUseThem() {
        ColumnDef code = ColumnDef.of("code", SqlType.of("text"));
        ColumnDef drawn = code.withDefault("(nextval('public.code_seq'::regclass))::text");
        assertEquals(List.of("ALTER TABLE \"Sales EU\".\"order\" ALTER COLUMN code SET DEFAULT " + drawn.defaultExpression()),
                sql(new AlterColumn(ORDERS, code, drawn)));
        ColumnDef amount = ColumnDef.of("amount", SqlType.of("numeric"));
        ColumnDef numbered = amount.withDefault("nextval('public.amount_seq'::regclass)");
        assertEquals(List.of("ALTER TABLE \"Sales EU\".\"order\" ALTER COLUMN amount SET DEFAULT "
                + numbered.defaultExpression()), sql(new AlterColumn(ORDERS, amount, numbered)));
    }

    @Test
    void continuesAnIdentityOfAQuotedColumnWhateverItsDirection() {
        QualifiedName table = QualifiedName.of("public", "it's \\ \"odd\"");
        SqlType bigint = SqlType.of("bigint");
        ColumnDef plain = ColumnDef.of("User's Id", bigint).withNullable(false);
        ColumnDef identity = plain.withIdentity(new IdentityDef(IdentityDef.Generation.ALWAYS,
                new SequenceOptions(-5, -1, -1000, -1, 1, false)));
        assertEquals(List.of("ALTER TABLE public.\"it's \\ \"\"odd\"\"\" ALTER COLUMN \"User's Id\" ADD GENERATED ALWAYS"
                        + " AS IDENTITY (START WITH -5 INCREMENT BY -1 MINVALUE -1000 MAXVALUE -1 CACHE 1 NO CYCLE)",
                        "SELECT setval(seqrelid, CASE WHEN seqincrement < 0 THEN min ELSE max END, true)"
                                + " FROM (SELECT min(\"User's Id\") AS min, max(\"User's Id\") AS max"
                                + " FROM public.\"it's \\ \"\"odd\"\"\") existing JOIN pg_catalog.pg_sequence ON seqrelid"
                                + " = pg_get_serial_sequence(E'public.\"it''s \\\\ \"\"odd\"\"\"', 'User''s Id')::regclass"
                                + " WHERE CASE WHEN seqincrement < 0 THEN min <= seqstart ELSE max >= seqstart END"),
                sql(new AlterColumn(table, plain, identity)));
    }

    @Test
    void setsEverySequenceBoundWhenTheTypeChanges() {
        QualifiedName name = QualifiedName.of("public", "Invoice No");
        SequenceDef small = new SequenceDef(name, SqlType.of("smallint"), SequenceOptions.defaultsFor(SqlType.of("smallint")),
                null, null);
        SequenceDef big = new SequenceDef(name, SqlType.of("bigint"),
                SequenceOptions.defaultsFor(SqlType.of("bigint")).withIncrement(5), new ColumnRef(ORDERS, "Id"), null);
        assertEquals(List.of("ALTER SEQUENCE public.\"Invoice No\" AS bigint START WITH 1 INCREMENT BY 5 MINVALUE 1"
                        + " MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE OWNED BY \"Sales EU\".\"order\".\"Id\""),
                sql(new AlterSequence(small, big)));
        assertEquals(List.of("ALTER SEQUENCE public.\"Invoice No\" AS smallint START WITH 1 INCREMENT BY 1 MINVALUE 1"
                        + " MAXVALUE 32767 CACHE 1 NO CYCLE OWNED BY NONE"),
                sql(new AlterSequence(big, small)));
    }

    @Test
    void escapesEnumLabelsAndRunsAddedLabelsOnTheirOwn() {
        QualifiedName type = QualifiedName.of("public", "Mood");
        List<Statement> added = renderer.render(new AddEnumValue(type, "it's", null, "a\\b"));
        assertEquals("ALTER TYPE public.\"Mood\" ADD VALUE 'it''s' AFTER E'a\\\\b'", added.get(0).sql());
        assertEquals(false, added.get(0).transactional());

        List<Statement> dropped = renderer.render(new DropEnumValue(type, "it's", null, null));
        assertEquals(1, dropped.size());
        assertEquals(true, dropped.get(0).transactional());
        String block = dropped.get(0).sql();
        assertTrue(block.startsWith("DO $migrata$\nDECLARE\n    old_type oid := 'public.\"Mood\"'::regtype;\n"), block);
        assertTrue(block.contains("    removed text := 'it''s';\n"), block);
        assertTrue(block.endsWith("\n$migrata$"), block);
    }

    @Test
    void picksADollarQuoteTheBodyDoesNotContain() {
        String block = sql(new DropEnumValue(QualifiedName.of("public", "t"), "$migrata$", null, null)).get(0);
        assertTrue(block.startsWith("DO $migrata1$\n") && block.endsWith("\n$migrata1$"), block);
    }

    @Test
    void removesACommentWithNull() {
        assertEquals(List.of("COMMENT ON MATERIALIZED VIEW public.totals IS NULL"),
                sql(new SetComment(CommentTarget.view(QualifiedName.of("public", "totals"), true), "old", null)));
    }
}
