package io.migrata.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class CommentsTest {

    private static SchemaModel model;

    @BeforeAll
    static void load(TestDatabase db) throws SQLException {
        model = Fixtures.load(db, "comments.sql");
    }

    private static QualifiedName name(String name) {
        return QualifiedName.of("public", name);
    }

    @Test
    void tableComment() {
        assertEquals("Support tickets", Fixtures.table(model, "public", "tickets").comment());
    }

    @Test
    void columnCommentKeepsQuotesVerbatim() {
        TableDef tickets = Fixtures.table(model, "public", "tickets");
        assertEquals("What the customer wrote, verbatim: 'quoted'", tickets.column("title").orElseThrow().comment());
        assertNull(tickets.column("id").orElseThrow().comment());
    }

    @Test
    void viewComment() {
        assertEquals("Titles only", model.view(name("ticket_titles")).orElseThrow().comment());
    }

    @Test
    void materializedViewComment() {
        assertEquals("Counted nightly", model.view(name("ticket_counts")).orElseThrow().comment());
    }

    @Test
    void typeComment() {
        assertEquals("How the customer feels", model.enumType(name("mood")).orElseThrow().comment());
    }

    @Test
    void sequenceComment() {
        assertEquals("Ticket numbers", model.sequence(name("ticket_seq")).orElseThrow().comment());
    }
}
