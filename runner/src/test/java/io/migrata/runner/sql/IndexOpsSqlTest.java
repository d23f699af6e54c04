package io.migrata.runner.sql;

import static io.migrata.runner.sql.OpCheck.assertAppliesExactly;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.TableDef;
import io.migrata.schema.op.CreateIndex;
import io.migrata.schema.op.DropIndex;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;
import java.util.List;

@ExtendWith(PostgresExtension.class)
class IndexOpsSqlTest {

    private static final QualifiedName BILLS = QualifiedName.of("Billing", "Bills");

    @Test
    void dropsAndCreatesIndexesWithEveryOption(TestDatabase db) throws SQLException {
        TableDef bills = Databases.load(db, Databases.resource("/fixtures/billing.sql")).table(BILLS).orElseThrow();
        assertAppliesExactly(db, bills.indexes().stream().map(index -> new DropIndex(BILLS, index, false))
                .toArray(DropIndex[]::new));
    }

    @Test
    void createsIndexesConcurrentlyOutsideTheTransaction(TestDatabase db) throws SQLException {
        Databases.load(db, Databases.resource("/fixtures/billing.sql"));
        IndexDef index = new IndexDef("Bills by \"note\"", List.of(
                new IndexKey("note", null, true, false, "varchar_pattern_ops", null),
                new IndexKey(null, "(amount + 1::numeric)", false, true, null, null)),
                true, true, "btree", List.of("status"), "(note IS NOT NULL)");
        CreateIndex create = new CreateIndex(BILLS, index, true);
        List<Statement> statements = new PostgresSqlRenderer().render(create);
        assertEquals(1, statements.size());
        assertEquals(false, statements.get(0).transactional());
        assertEquals("CREATE UNIQUE INDEX CONCURRENTLY \"Bills by \"\"note\"\"\" ON \"Billing\".\"Bills\""
                + " (note varchar_pattern_ops DESC NULLS LAST, ((amount + 1::numeric)) NULLS FIRST) INCLUDE (status)"
                + " NULLS NOT DISTINCT WHERE (note IS NOT NULL)", statements.get(0).sql());
        assertAppliesExactly(db, create);
    }
}
