package io.migrata.runner.checksum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;
import io.migrata.schema.op.AddColumn;
import io.migrata.schema.op.AddForeignKey;
import io.migrata.schema.op.CreateIndex;
import io.migrata.schema.op.CreateTable;
import io.migrata.schema.op.ExecuteSql;
import io.migrata.schema.op.SchemaOp;

import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalOpsTest {

    private static final QualifiedName USERS = QualifiedName.of("public", "users");

    @Test
    void writesComponentsByNameLeavingOutAbsentOnes() {
        assertEquals("ExecuteSql{sql=\"SELECT 1\",transactional=true}\n", CanonicalOps.write(List.of(ExecuteSql.irreversible("SELECT 1"))));
        assertEquals("AddColumn{table=QualifiedName{schema=\"public\",name=\"users\"},column=ColumnDef{name=\"phone\","
                        + "type=SqlType{spelling=\"character varying(20)\"},nullable=true}}\n",
                CanonicalOps.write(List.of(new AddColumn(USERS, ColumnDef.of("phone", SqlType.of("character varying(20)"))))));
    }

    @Test
    void stringsAreQuotedSoNoTwoOpListsShareAText() {
        String tricky = CanonicalOps.write(List.of(ExecuteSql.irreversible("SELECT '\"},x=\"\nnext\t\\")));
        assertEquals("ExecuteSql{sql=\"SELECT '\\\"},x=\\\"\\nnext\\t\\\\\",transactional=true}\n", tricky);
        assertNotEquals(CanonicalOps.write(List.of(ExecuteSql.irreversible("a"), ExecuteSql.irreversible("b"))),
                CanonicalOps.write(List.of(ExecuteSql.irreversible("a\nb"))));
    }

    @Test
    void enumsListsAndNestedRecordsHaveOneSpelling() {
        TableDef table = TableDef.of(USERS, List.of(ColumnDef.of("id", SqlType.of("bigint")).withNullable(false)))
                .withPrimaryKey(new PrimaryKeyDef("users_pkey", List.of("id")));
        List<SchemaOp> ops = List.of(new CreateTable(table),
                new CreateIndex(USERS, IndexDef.on("users_id_idx", false, "id"), true),
                new AddForeignKey(USERS, ForeignKeyDef.of("users_self_fkey", List.of("id"), USERS, List.of("id"))));
        String text = CanonicalOps.write(ops);
        assertEquals(text, CanonicalOps.write(List.copyOf(ops)));
        assertEquals(3, text.lines().count());
        assertTrue(text.contains("onDelete=Action.NO_ACTION"));
        assertTrue(text.contains("keys=[IndexKey{column=\"id\"}]"));
        assertTrue(text.contains("concurrently=true"));
    }

    @Test
    void anyEditedValueChangesTheText() {
        String base = CanonicalOps.write(List.of(new ExecuteSql("CREATE INDEX i ON t (a)", "DROP INDEX i", true)));
        assertNotEquals(base, CanonicalOps.write(List.of(new ExecuteSql("CREATE INDEX i ON t (b)", "DROP INDEX i", true))));
        assertNotEquals(base, CanonicalOps.write(List.of(new ExecuteSql("CREATE INDEX i ON t (a)", "DROP INDEX i", false))));
        assertNotEquals(base, CanonicalOps.write(List.of(new ExecuteSql("CREATE INDEX i ON t (a)", null, true))));
    }
}
