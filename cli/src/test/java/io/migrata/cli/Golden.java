package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a whole golden file under src/test/resources/golden, named
 * {@code TestClass.method.ext}. Run with {@code -Dmigrata.golden.update=true} to rewrite the files
 * after a deliberate change, then review the diff.
 */
final class Golden {

    private static final Path DIRECTORY = Path.of("src", "test", "resources", "golden");

    private Golden() {
    }

    static void assertMatches(String fileName, String actual) throws IOException {
        Path file = DIRECTORY.resolve(fileName);
        if (Boolean.getBoolean("migrata.golden.update")) {
            Files.createDirectories(DIRECTORY);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "output differs from " + file);
    }

    /** Compares a JSON document with a golden one as parsed documents: values and key order, not spacing. */
    static void assertJsonMatches(String fileName, String actual) throws IOException {
        Path file = DIRECTORY.resolve(fileName);
        if (Boolean.getBoolean("migrata.golden.update")) {
            Files.createDirectories(DIRECTORY);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        JsonNode expected = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
        JsonNode parsed = Json.parse(actual);
        assertEquals(expected, parsed, "output differs from " + file);
        assertEquals(expected.toString(), parsed.toString(), "key order differs from " + file);
    }
}
