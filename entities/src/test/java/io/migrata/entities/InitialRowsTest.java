package io.migrata.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.migrata.schema.QualifiedName;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An @TableGenerator table comes with the rows Hibernate's own create script inserts into it. */
class InitialRowsTest {

    private static final EntitySource SOURCE = EntitySource.packages(List.of(), "io.migrata.entities.fixtures.generator");

    @Test
    void theInsertsAreThoseOfHibernatesCreateScript() {
        EntityModel read = new EntityModelReader().readWithInitialRows(SOURCE);
        List<String> hibernateInserts = HibernateDdl.createScript(SOURCE).stream()
                .filter(statement -> statement.toLowerCase(Locale.ROOT).startsWith("insert into"))
                .toList();

        assertFalse(hibernateInserts.isEmpty(), "Hibernate's script inserts the generator's row");
        assertEquals(Map.of(QualifiedName.of("public", "id_blocks"), hibernateInserts), read.initialRows());
        assertEquals(read.model(), new EntityModelReader().read(SOURCE));
    }
}
