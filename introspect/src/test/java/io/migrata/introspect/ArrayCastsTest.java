package io.migrata.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrata.schema.CheckDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.SchemaModel;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class ArrayCastsTest {

    private static final String IN_LIST_AS_STORED =
            "((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))";

    @Test
    void foldsElementCastsIntoOneArrayCast() {
        assertEquals(IN_LIST_AS_STORED, ArrayCasts.fold(
                "((status)::text = ANY (ARRAY[('A'::character varying)::text, ('B'::character varying)::text]))"));
    }

    @Test
    void keepsQuotesCommasAndBracketsInsideLiterals() {
        assertEquals("(x = ANY ((ARRAY['it''s, ]'::character varying, ')('::character varying])::text[]))",
                ArrayCasts.fold("(x = ANY (ARRAY[('it''s, ]'::character varying)::text, (')('::character varying)::text]))"));
    }

    @Test
    void leavesOtherArraysAlone() {
        String plain = "(x = ANY (ARRAY['A'::text, 'B'::text]))";
        assertEquals(plain, ArrayCasts.fold(plain));
        String mixedTypes = "(x = ANY (ARRAY[('A'::character varying)::text, ('B'::bpchar)::text]))";
        assertEquals(mixedTypes, ArrayCasts.fold(mixedTypes));
        String notALiteral = "(x = ANY (ARRAY[(y)::text, ('B'::character varying)::text]))";
        assertEquals(notALiteral, ArrayCasts.fold(notALiteral));
        assertEquals(null, ArrayCasts.fold(null));
    }

    /**
     * Hibernate's {@code IN} list and the same check re-created from its printed text are stored
     * differently by PostgreSQL; both must read as the same constraint.
     */
    @Test
    void aCheckReadsTheSameWhetherWrittenAsInListOrFromItsPrintedText(TestDatabase db) throws SQLException {
        db.execute("""
                CREATE TABLE from_hibernate (status varchar(255) CHECK (status IN ('A', 'B')));
                CREATE TABLE from_migration (status varchar(255) CHECK (%s));
                CREATE INDEX open_only ON from_migration (status) WHERE (%s);
                """.formatted(IN_LIST_AS_STORED, IN_LIST_AS_STORED));
        SchemaModel model = Fixtures.read(db, IntrospectionOptions.schemas("public"));
        CheckDef fromHibernate = Fixtures.table(model, "public", "from_hibernate").checks().get(0);
        CheckDef fromMigration = Fixtures.table(model, "public", "from_migration").checks().get(0);
        assertEquals(IN_LIST_AS_STORED, fromHibernate.expression());
        assertEquals(IN_LIST_AS_STORED, fromMigration.expression());
        IndexDef index = Fixtures.table(model, "public", "from_migration").indexes().get(0);
        assertEquals(IN_LIST_AS_STORED, index.predicate());
    }
}
