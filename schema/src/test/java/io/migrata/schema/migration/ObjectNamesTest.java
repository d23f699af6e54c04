package io.migrata.schema.migration;

import io.migrata.schema.QualifiedName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ObjectNamesTest {

    private final ObjectNames names = new ObjectNames("public");

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "users|public|users",
            "billing.invoices|billing|invoices",
            "Users|public|Users",
            "`\"odd.name\"`|public|odd.name",
            "`billing.\"a\"\"b\"`|billing|a\"b",
            "`\"my.schema\".\"t.1\"`|my.schema|t.1",
            "`ünïcode.表`|ünïcode|表",
            "`with space`|public|with space"})
    void parsesAndFormatsBack(String text, String schema, String name) {
        QualifiedName parsed = names.parse(text, "table");
        assertEquals(QualifiedName.of(schema, name), parsed);
        assertEquals(parsed, names.parse(names.format(parsed), "table"));
    }

    @Test
    void formatsTheShortestSpelling() {
        assertEquals("users", names.format(QualifiedName.of("public", "users")));
        assertEquals("billing.users", names.format(QualifiedName.of("billing", "users")));
        assertEquals("\"a.b\"", names.format(QualifiedName.of("public", "a.b")));
        assertEquals("\"x\"\"y\".\"z\"\"\"", names.format(QualifiedName.of("x\"y", "z\"")));
        assertEquals("public.users", new ObjectNames("app").format(QualifiedName.of("public", "users")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "a.b.c|table name a.b.c has more than two parts; quote a part that contains a dot",
            "`a.`|table name a. has an empty part",
            "`.a`|table name .a has an empty part",
            "`\"\"`|table name \"\" has an empty part",
            "`\"abc`|table name \"abc has an unclosed quote",
            "`ab\"c\"`|table name ab\"c\" has a quote inside an unquoted part",
            "`\"a\"b`|table name \"a\"b has text after a closing quote"})
    void rejectsMalformedNames(String text, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> names.parse(text, "table")).getMessage());
    }

    @Test
    void rejectsNullAndEmpty() {
        assertEquals("view name is null", assertThrows(NullPointerException.class, () -> names.parse(null, "view")).getMessage());
        assertEquals("view name is empty", assertThrows(IllegalArgumentException.class, () -> names.parse("", "view")).getMessage());
        assertEquals("default schema is empty", assertThrows(IllegalArgumentException.class, () -> new ObjectNames("")).getMessage());
    }
}
