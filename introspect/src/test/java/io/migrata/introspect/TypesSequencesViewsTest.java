package io.migrata.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.schema.ColumnRef;
import io.migrata.schema.EnumTypeDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.SequenceOptions;
import io.migrata.schema.SqlType;
import io.migrata.schema.ViewDef;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class TypesSequencesViewsTest {

    private static TestDatabase db;
    private static SchemaModel model;

    @BeforeAll
    static void load(TestDatabase database) throws SQLException {
        db = database;
        model = Fixtures.load(db, "types-sequences-views.sql");
    }

    private static SequenceDef sequence(String schema, String name) {
        return model.sequence(QualifiedName.of(schema, name)).orElseThrow();
    }

    @Test
    void enumLabelsAreInSortOrderIncludingOneAddedBeforeAnother() {
        assertEquals(new EnumTypeDef(QualifiedName.of("public", "bill_status"),
                List.of("draft", "issued", "disputed", "paid", "void"), null),
                model.enumType(QualifiedName.of("public", "bill_status")).orElseThrow());
    }

    @Test
    void enumInAnotherSchema() {
        assertEquals(List.of("day", "week", "month"),
                model.enumType(QualifiedName.of("reporting", "granularity")).orElseThrow().labels());
    }

    @Test
    void enumWithoutLabels() {
        assertEquals(List.of(), model.enumType(QualifiedName.of("public", "empty_enum")).orElseThrow().labels());
    }

    @Test
    void onlyEnumsAreTypesInTheModel() {
        assertEquals(List.of(QualifiedName.of("public", "bill_status"), QualifiedName.of("public", "empty_enum"),
                QualifiedName.of("reporting", "granularity")), model.enums().stream().map(EnumTypeDef::name).toList());
    }

    @Test
    void sequenceWithDefaults() {
        assertEquals(new SequenceDef(QualifiedName.of("public", "plain_seq"), SqlType.of("bigint"),
                SequenceOptions.defaultsFor(SqlType.of("bigint")), null, null), sequence("public", "plain_seq"));
    }

    @Test
    void sequenceWithEveryOption() {
        assertEquals(new SequenceDef(QualifiedName.of("public", "tuned_seq"), SqlType.of("integer"),
                new SequenceOptions(1000, 10, 500, 99999, 5, true), null, null), sequence("public", "tuned_seq"));
    }

    @Test
    void descendingSmallintSequence() {
        assertEquals(new SequenceOptions(-1, -2, Short.MIN_VALUE, -1, 1, false), sequence("public", "countdown_seq").options());
        assertEquals(SqlType.of("smallint"), sequence("public", "countdown_seq").type());
    }

    @Test
    void sequenceInAnotherSchema() {
        assertEquals(SqlType.of("bigint"), sequence("reporting", "batch_seq").type());
    }

    @Test
    void sequenceOwnedByAColumnThatUsesItAsDefault() {
        assertEquals(new ColumnRef(QualifiedName.of("public", "bills"), "number"),
                sequence("public", "bill_number_seq").ownedBy());
        assertEquals("nextval('public.bill_number_seq'::regclass)",
                Fixtures.table(model, "public", "bills").column("number").orElseThrow().defaultExpression());
    }

    @Test
    void serialSequenceIsListedButIdentitySequenceIsNot() {
        assertEquals(List.of("bill_number_seq", "bills_id_seq", "countdown_seq", "plain_seq", "tuned_seq", "batch_seq"),
                model.sequences().stream().map(s -> s.name().name()).toList());
        assertEquals(new ColumnRef(QualifiedName.of("public", "bills"), "id"), sequence("public", "bills_id_seq").ownedBy());
        assertTrue(Fixtures.table(model, "public", "bills").column("identity_n").orElseThrow().identity() != null);
    }

    @Test
    void viewDefinitionIsWhatPgGetViewdefPrints() throws SQLException {
        ViewDef view = model.view(QualifiedName.of("public", "open_bills")).orElseThrow();
        assertEquals(false, view.materialized());
        assertEquals(Fixtures.viewDefinition(db, "public.open_bills"), view.definition());
        assertTrue(view.definition().contains("'paid'::public.bill_status"), view.definition());
    }

    @Test
    void materializedView() throws SQLException {
        ViewDef view = model.view(QualifiedName.of("reporting", "bill_totals")).orElseThrow();
        assertEquals(true, view.materialized());
        assertEquals(Fixtures.viewDefinition(db, "reporting.bill_totals"), view.definition());
    }

    @Test
    void viewsAreSortedBySchemaAndName() {
        assertEquals(List.of(QualifiedName.of("public", "open_bills"), QualifiedName.of("reporting", "bill_totals"),
                QualifiedName.of("reporting", "paid_bills")), model.views().stream().map(ViewDef::name).toList());
    }
}
