package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
