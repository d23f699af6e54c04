package io.migrata.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrata.schema.CheckDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A CHECK created from the text PostgreSQL printed for it reads as the original did. */
@ExtendWith(PostgresExtension.class)
class ArrayCastsTest {

    private static final String PRINTED_IN_LIST =
            "((status)::text = ANY ((ARRAY['OPEN'::character varying, 'IT''S'::character varying])::text[]))";

    @Test
    void anInListAndItsPrintedTextReadTheSame(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE from_hibernate (status varchar(20) CHECK (status IN ('OPEN', 'IT''S')))");
        db.execute("CREATE TABLE from_migration (status varchar(20), CONSTRAINT from_migration_status_check CHECK "
                + PRINTED_IN_LIST + ")");
        SchemaModel model;
        try (Connection connection = db.connect()) {
            model = new PostgresIntrospector(connection).read(IntrospectionOptions.schemas("public"));
        }
        assertEquals(new CheckDef("from_hibernate_status_check", PRINTED_IN_LIST), check(model, "from_hibernate"));
        assertEquals(new CheckDef("from_migration_status_check", PRINTED_IN_LIST), check(model, "from_migration"));
    }

    @Test
    void mixedCastsStayAsPrinted() {
        String mixed = "(x = ANY (ARRAY[('a'::character varying)::text, ('b'::bpchar)::text]))";
        assertEquals(mixed, ArrayCasts.normalize(mixed));
    }

    private static CheckDef check(SchemaModel model, String table) {
        return model.table(QualifiedName.of("public", table)).orElseThrow().checks().get(0);
    }
}
