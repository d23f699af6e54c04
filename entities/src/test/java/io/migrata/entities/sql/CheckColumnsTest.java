package io.migrata.entities.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which columns an unnamed CHECK reads, as PostgreSQL decides its name. */
class CheckColumnsTest {

    private static final Set<String> COLUMNS = Set.of("code", "length", "kind", "Mixed", "text");

    @Test
    void aCalledNameACastTypeAndAQualifiedNameAreNotColumns() {
        assertEquals(List.of("code"), CheckColumns.read("length(code) between 1 and 8", COLUMNS));
        assertEquals(List.of("kind"), CheckColumns.read("kind::text in ('a', 'b') and kind <> 'c'", COLUMNS));
        assertEquals(List.of("code"), CheckColumns.read("pg_catalog.length(code) > 0", COLUMNS));
    }

    @Test
    void namesAreFoldedAsPostgresqlFoldsThemAndCountedOnce() {
        assertEquals(List.of("code", "Mixed"), CheckColumns.read("CODE > 0 or \"Mixed\" > code", COLUMNS));
        assertEquals(List.of(), CheckColumns.read("mixed > 0 and 'code' <> ''", COLUMNS));
    }

    @Test
    void textThatDoesNotSplitIntoTokensReadsNoColumn() {
        assertEquals(List.of(), CheckColumns.read("code <> 'unterminated", COLUMNS));
    }
}
