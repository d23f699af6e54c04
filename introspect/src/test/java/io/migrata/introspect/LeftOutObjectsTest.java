package io.migrata.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the model cannot hold yet is skipped, and skipping it does not disturb what it can. */
@ExtendWith(PostgresExtension.class)
class LeftOutObjectsTest {

    private static SchemaModel model;

    @BeforeAll
    static void load(TestDatabase db) throws SQLException {
        model = Fixtures.load(db, "left-out.sql");
    }

    @Test
    void inheritanceChildrenAndForeignTablesAreLeftOut() {
        assertEquals(List.of(QualifiedName.of("public", "animals"), QualifiedName.of("public", "kept")),
                model.tables().stream().map(TableDef::name).toList());
    }

    @Test
    void inheritanceParentKeepsOnlyItsOwnColumns() {
        assertEquals(List.of("id", "name"),
                Fixtures.table(model, "public", "animals").columns().stream().map(ColumnDef::name).toList());
    }

    @Test
    void exclusionConstraintAndItsIndexAreLeftOut() {
        TableDef kept = Fixtures.table(model, "public", "kept");
        assertEquals(new PrimaryKeyDef("kept_pkey", List.of("id")), kept.primaryKey());
        assertEquals(List.of(), kept.uniques());
        assertEquals(List.of(), kept.checks());
        assertEquals(List.of(), kept.indexes());
    }

    @Test
    void serialSequenceOfALeftOutTableGoesWithIt() {
        assertEquals(List.of(), model.sequences());
    }

    @Test
    void compositeTypesAreNotEnums() {
        assertEquals(List.of(), model.enums());
    }
}
