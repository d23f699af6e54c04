package io.migrata.runner.sql;

import static io.migrata.runner.sql.OpCheck.assertAppliesExactly;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrata.schema.QualifiedName;
import io.migrata.schema.op.CommentTarget;
import io.migrata.schema.op.CreateSchema;
import io.migrata.schema.op.DropSchema;
import io.migrata.schema.op.ExecuteSql;
import io.migrata.schema.op.SetComment;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;
import java.util.List;

@ExtendWith(PostgresExtension.class)
class CommentAndSchemaOpsSqlTest {

    private static final QualifiedName BILLS = QualifiedName.of("Billing", "Bills");

    @Test
    void setsChangesAndRemovesCommentsOnEveryKindOfObject(TestDatabase db) throws SQLException {
        Databases.load(db, Databases.resource("/fixtures/billing.sql"));
        assertAppliesExactly(db,
                new SetComment(CommentTarget.table(BILLS), "Bills: it's a \\ backslash", "new\nlines and 'quotes'"),
                new SetComment(CommentTarget.column(BILLS, "parent\"id"), null, "the parent"),
                new SetComment(CommentTarget.column(BILLS, "user"), "who", null),
                new SetComment(CommentTarget.view(QualifiedName.of("Billing", "Open Bills"), false), "bills still open", null),
                new SetComment(CommentTarget.view(QualifiedName.of("Billing", "totals"), true), "per account", "totals"),
                new SetComment(CommentTarget.type(QualifiedName.of("Billing", "Bill Status")), "where a bill stands", "\\"),
                new SetComment(CommentTarget.sequence(QualifiedName.of("Billing", "note_seq")), null, "notes"));
    }

    @Test
    void createsAndDropsSchemasWithNamesThatNeedQuotes(TestDatabase db) throws SQLException {
        assertAppliesExactly(db, new CreateSchema("Sales \"EU\""), new CreateSchema("order"));
        db.execute("CREATE SCHEMA \"Old Stuff\"");
        assertAppliesExactly(db, new DropSchema("Old Stuff"));
    }

    @Test
    void runsSqlAsGivenInsideOrOutsideTheTransaction(TestDatabase db) throws SQLException {
        Databases.load(db, Databases.resource("/fixtures/billing.sql"));
        ExecuteSql inside = new ExecuteSql("UPDATE public.\"select\" SET \"Where\" = 'x'", "SELECT 1", true);
        ExecuteSql outside = new ExecuteSql("VACUUM public.\"select\"", "VACUUM public.\"select\"", false);
        List<Statement> statements = new PostgresSqlRenderer().render(List.of(inside, outside));
        assertEquals(List.of(inside.sql(), outside.sql()), statements.stream().map(Statement::sql).toList());
        assertEquals(List.of(true, false), statements.stream().map(Statement::transactional).toList());
        assertAppliesExactly(db, inside, outside);
    }
}
