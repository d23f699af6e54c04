package io.migrata.workflow.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code .env} file as docker compose and python-dotenv read it: {@code KEY=value} lines, an
 * optional {@code export} prefix, {@code #} comments, values optionally in single or double quotes.
 * Lines that are not assignments are skipped, as those readers skip them.
 */
public final class DotEnvFile {

    private DotEnvFile() {
    }

    /** The assignments of the file, or none when it does not exist. */
    public static Map<String, String> read(Path file) {
        if (!Files.isRegularFile(file)) return Map.of();
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigurationException("cannot read " + file + ": " + e.getMessage() + " (check its permissions)", e);
        }
    }

    static Map<String, String> parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String rawLine : text.split("\r?\n")) {
            String line = rawLine.strip();
            if (line.startsWith("export ")) line = line.substring("export ".length()).strip();
            int equals = line.indexOf('=');
            if (line.startsWith("#") || equals <= 0) continue;
            String key = line.substring(0, equals).strip();
            values.put(key, value(line.substring(equals + 1).strip()));
        }
        return values;
    }

    private static String value(String text) {
        if (text.length() >= 2 && text.startsWith("'")) {
            int close = text.indexOf('\'', 1);
            if (close > 0) return text.substring(1, close);
        }
        if (text.length() >= 2 && text.startsWith("\"")) {
            StringBuilder value = new StringBuilder();
            for (int i = 1; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') return value.toString();
                if (c == '\\' && i + 1 < text.length()) {
                    char next = text.charAt(++i);
                    value.append(next == 'n' ? '\n' : next);
                } else {
                    value.append(c);
                }
            }
        }
        // An unquoted value ends at a comment that follows whitespace.
        int comment = text.indexOf(" #");
        return (comment < 0 ? text : text.substring(0, comment)).strip();
    }
}
