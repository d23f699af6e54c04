package io.migrata.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.TableDef;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class IndexesTest {

    private static TableDef events;

    @BeforeAll
    static void load(TestDatabase db) throws SQLException {
        events = Fixtures.table(Fixtures.load(db, "indexes.sql"), "public", "events");
    }

    private static IndexDef index(String name) {
        return events.indexes().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no index " + name + " in " + events.indexes()));
    }

    private static IndexDef btree(String name, IndexKey... keys) {
        return new IndexDef(name, List.of(keys), false, false, "btree", List.of(), null);
    }

    private static IndexKey key(String column, boolean descending, boolean nullsFirst) {
        return new IndexKey(column, null, descending, nullsFirst, null, null);
    }

    @Test
    void constraintIndexesAreLeftOutAndTheRestSortedByName() {
        assertEquals(List.of("events_code_hash_idx", "events_code_pattern_idx", "events_code_uidx",
                "events_happened_brin_idx", "events_happened_desc_default_idx", "events_happened_desc_idx",
                "events_lower_name_idx", "events_multi_idx", "events_name_collate_idx", "events_name_pattern_idx",
                "events_open_idx", "events_payload_path_idx", "events_priority_nulls_first_idx",
                "events_status_include_idx", "events_tags_gin_idx"),
                events.indexes().stream().map(IndexDef::name).toList());
    }

    @Test
    void uniqueIndex() {
        assertEquals(IndexDef.on("events_code_uidx", true, "code"), index("events_code_uidx"));
    }

    @Test
    void descNullsLast() {
        assertEquals(btree("events_happened_desc_idx", key("happened", true, false)), index("events_happened_desc_idx"));
    }

    @Test
    void descAloneIsNullsFirst() {
        assertEquals(btree("events_happened_desc_default_idx", IndexKey.column("happened").desc()),
                index("events_happened_desc_default_idx"));
    }

    @Test
    void ascNullsFirst() {
        assertEquals(btree("events_priority_nulls_first_idx", key("priority", false, true)),
                index("events_priority_nulls_first_idx"));
    }

    @Test
    void expressionKey() {
        assertEquals(btree("events_lower_name_idx", IndexKey.expression("lower(name)")), index("events_lower_name_idx"));
    }

    @Test
    void partialIndexPredicate() {
        assertEquals(new IndexDef("events_open_idx", List.of(IndexKey.column("happened")), false, false, "btree",
                List.of(), "(status <> 'closed'::text)"), index("events_open_idx"));
    }

    @Test
    void includeColumns() {
        assertEquals(new IndexDef("events_status_include_idx", List.of(IndexKey.column("status")), false, false, "btree",
                List.of("name", "priority"), null), index("events_status_include_idx"));
    }

    @Test
    void ginMethodWithDefaultArrayOperatorClass() {
        assertEquals(new IndexDef("events_tags_gin_idx", List.of(IndexKey.column("tags")), false, false, "gin",
                List.of(), null), index("events_tags_gin_idx"));
    }

    @Test
    void ginWithNonDefaultOperatorClass() {
        assertEquals(new IndexDef("events_payload_path_idx",
                List.of(new IndexKey("payload", null, false, false, "jsonb_path_ops", null)), false, false, "gin",
                List.of(), null), index("events_payload_path_idx"));
    }

    @Test
    void brinMethod() {
        assertEquals("brin", index("events_happened_brin_idx").method());
        assertEquals(List.of(IndexKey.column("happened")), index("events_happened_brin_idx").keys());
    }

    @Test
    void hashMethod() {
        assertEquals("hash", index("events_code_hash_idx").method());
        assertEquals(List.of(IndexKey.column("code")), index("events_code_hash_idx").keys());
    }

    @Test
    void textPatternOps() {
        assertEquals(btree("events_name_pattern_idx", new IndexKey("name", null, false, false, "text_pattern_ops", null)),
                index("events_name_pattern_idx"));
    }

    @Test
    void varcharPatternOpsButNotTheTextOpsVarcharFallsBackTo() {
        assertEquals(btree("events_code_pattern_idx",
                new IndexKey("code", null, false, false, "varchar_pattern_ops", null)), index("events_code_pattern_idx"));
        assertEquals(List.of(IndexKey.column("code")), index("events_code_uidx").keys());
    }

    @Test
    void nonDefaultCollation() {
        assertEquals(btree("events_name_collate_idx", new IndexKey("name", null, false, false, null, "\"C\"")),
                index("events_name_collate_idx"));
    }

    @Test
    void multiKeyIndexKeepsKeyOrderAcrossColumnsAndExpressions() {
        assertEquals(btree("events_multi_idx", IndexKey.column("status"), key("priority", true, true),
                IndexKey.expression("lower(email)")), index("events_multi_idx"));
    }
}
