package io.migrata.workflow.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DotEnvFileTest {

    @Test
    void readsAssignmentsQuotesExportsAndComments() {
        Map<String, String> values = DotEnvFile.parse("""
                # comment
                PLAIN=postgresql://u:p@h/db
                export EXPORTED=yes
                SINGLE='a # not a comment'
                DOUBLE="line\\nbreak \\"quoted\\""
                TRAILING=value # a comment
                SPACED = spaced value\s\s
                not an assignment
                =no key
                EMPTY=
                """);
        assertEquals(Map.of(
                "PLAIN", "postgresql://u:p@h/db",
                "EXPORTED", "yes",
                "SINGLE", "a # not a comment",
                "DOUBLE", "line\nbreak \"quoted\"",
                "TRAILING", "value",
                "SPACED", "spaced value",
                "EMPTY", ""), values);
    }

    @Test
    void aMissingFileHasNoValues() {
        assertEquals(Map.of(), DotEnvFile.read(Path.of("no-such-dir", ".env")));
    }

    @Test
    void readsWindowsLineEndings() {
        assertEquals(Map.of("A", "1", "B", "2"), DotEnvFile.parse("A=1\r\nB=2\r\n"));
    }
}
