package io.migrata.diff;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.IdentityDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.SequenceOptions;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;
import io.migrata.schema.op.AddColumn;
import io.migrata.schema.op.AddForeignKey;
import io.migrata.schema.op.CreateTable;
import io.migrata.schema.op.SchemaOp;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.migrata.diff.HazardKind.*;
import static io.migrata.diff.Models.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One change per hazard kind that reports it, and safe changes that report nothing. */
class HazardTest {

    private static final TableDef ITEMS = keyed("items", nullable("label", "text"));

    private static List<Hazard> hazards(TableDef from, TableDef to) {
        return SchemaDiff.between(model(from), model(to)).hazards();
    }

    private static TableDef itemsWith(ColumnDef column) {
        return ITEMS.withColumns(List.of(ITEMS.columns().get(0), ITEMS.columns().get(1), column));
    }

    @Test
    void addingANullableColumnIsSafe() {
        assertEquals(List.of(), hazards(ITEMS, itemsWith(nullable("note", "text"))));
        TableDef stamped = itemsWith(notNull("created_at", "timestamp with time zone").withDefault("now()"));
        DiffOptions stable = DiffOptions.defaults().withVolatility(DefaultVolatility.of(java.util.Map.of("now()", false)));
        assertEquals(List.of(), SchemaDiff.between(model(ITEMS), model(stamped), stable).hazards());
        // Not asked: a default calling a function may be volatile, and the hazard says it may.
        assertTrue(hazards(ITEMS, stamped).get(0).message().contains("may be volatile"), hazards(ITEMS, stamped).toString());
    }

    @Test
    void dataLoss() {
        Hazard drop = hazards(itemsWith(nullable("note", "text")), ITEMS).get(0);
        assertEquals(DATA_LOSS, drop.kind());
        assertEquals("drops column public.items.note and every value in it", drop.message());
        assertEquals(List.of(DATA_LOSS), kinds(SchemaDiff.between(model(ITEMS), model()).hazards()));
        assertTrue(kinds(hazards(ITEMS, ITEMS.withColumn("label", c -> c.withType(VARCHAR_20)))).contains(DATA_LOSS));
    }

    @Test
    void tableRewrite() {
        List<Hazard> found = hazards(ITEMS, ITEMS.withColumn("id", c -> c.withType(SqlType.of("numeric"))));
        assertTrue(kinds(found).contains(TABLE_REWRITE), found.toString());
        for (ColumnDef column : List.of(
                nullable("token", "uuid").withDefault("gen_random_uuid()"),
                notNull("n", "bigint").withDefault("nextval('public.n_seq'::regclass)"),
                notNull("seq", "bigint").withIdentity(new IdentityDef(IdentityDef.Generation.ALWAYS, SequenceOptions.defaultsFor(BIGINT))),
                nullable("doubled", "bigint").withGenerated("(id * 2)"))) {
            List<Hazard> added = hazards(ITEMS, itemsWith(column));
            assertEquals(List.of(TABLE_REWRITE, BLOCKING_LOCK), kinds(added), column.toString());
        }
        assertEquals(List.of(), hazards(ITEMS, ITEMS.withColumn("label", c -> c.withType(SqlType.of("character varying")))));
    }

    @Test
    void blockingLock() {
        Hazard index = hazards(ITEMS, ITEMS.withIndexes(List.of(IndexDef.on("items_label_idx", false, "label"))))
                .get(0);
        assertEquals(BLOCKING_LOCK, index.kind());
        assertEquals("building index items_label_idx without CONCURRENTLY holds a SHARE lock on public.items,"
                + " which blocks writes (not reads) until it is built",
                index.message());
    }

    @Test
    void mayFailOnExistingData() {
        assertEquals(List.of(BLOCKING_LOCK, MAY_FAIL_ON_EXISTING_DATA),
                kinds(hazards(ITEMS, ITEMS.withColumn("label", c -> c.withNullable(false)))));
        assertEquals(List.of(MAY_FAIL_ON_EXISTING_DATA), kinds(hazards(ITEMS, itemsWith(notNull("code", "text")))));
        assertTrue(kinds(hazards(ITEMS, ITEMS.withColumn("label", c -> c.withType(INTEGER)))).contains(MAY_FAIL_ON_EXISTING_DATA));
    }

    @Test
    void opsOnATableCreatedInTheSameDiffCarryNone() {
        TableDef a = keyed("a", notNull("b_id", "bigint")).withForeignKeys(List.of(fk("a_b_id_fkey", "b_id", "b")));
        TableDef b = keyed("b", notNull("a_id", "bigint")).withForeignKeys(List.of(fk("b_a_id_fkey", "a_id", "a")));
        DiffResult result = SchemaDiff.between(model(), model(a, b));
        assertTrue(result.ops().stream().anyMatch(op -> op instanceof AddForeignKey));
        assertEquals(List.of(), result.hazards());
        assertEquals(List.of(), HazardClassifier.classify(List.<SchemaOp>of(new CreateTable(ITEMS),
                new AddColumn(ITEMS.name(), notNull("code", "text")))));
    }

    @Test
    void hazardsCanBeFilteredAndClassifiedForTheDowngrade() {
        DiffResult result = SchemaDiff.between(model(ITEMS), model(itemsWith(nullable("note", "text"))));
        assertEquals(List.of(), result.hazards(Set.of(DATA_LOSS)));
        assertEquals(List.of(DATA_LOSS), kinds(HazardClassifier.classify(result.downgrade())));
    }

    private static List<HazardKind> kinds(List<Hazard> hazards) {
        return hazards.stream().map(Hazard::kind).toList();
    }
}
