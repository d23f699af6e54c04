package io.migrata.workflow.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code .env} file as Docker Compose documents it (docs.docker.com, "Syntax for environment files"):
 * {@code KEY=value} lines with an optional {@code export} prefix; {@code #} comment lines; values
 * unquoted (ending at a {@code #} after a space), in double quotes ({@code \n}, {@code \r}, {@code \t},
 * {@code \\}, {@code \"} escapes) or in single quotes (literal, {@code \'} escaped), both quoted forms
 * spanning lines; and {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-default}}, {@code ${VAR-default}},
 * {@code ${VAR:?error}}, {@code ${VAR?error}}, {@code ${VAR:+other}}, {@code ${VAR+other}} (nested) and
 * {@code $$} expanded in unquoted and double-quoted values. A variable is looked up in the environment
 * first, then among the values set earlier in the file, as python-dotenv does without {@code override}
 * and as Compose lets the shell win. Lines that are not assignments are skipped, as both skip them.
 */
public final class DotEnvFile {

    private final String text;
    private final Map<String, String> environment;
    private final String file;
    private final Map<String, String> values = new LinkedHashMap<>();
    private int pos;
    private int line = 1;

    private DotEnvFile(String text, Map<String, String> environment, String file) {
        this.text = text;
        this.environment = environment;
        this.file = file;
    }

    /**
     * The assignments of the file, or none when it does not exist.
     *
     * @param environment where variables in values are looked up first
     * @throws ConfigurationException when the file is not UTF-8 text, cannot be read, or a value is malformed
     */
    public static Map<String, String> read(Path file, Map<String, String> environment) {
        if (!Files.exists(file)) return Map.of();
        if (Files.isDirectory(file)) {
            throw new ConfigurationException(file + " is a directory, not a .env file (remove or rename it)");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw notText(file);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read " + file + ": " + e.getMessage() + " (check its permissions)", e);
        }
        if (text.indexOf('\0') >= 0) throw notText(file);
        return new DotEnvFile(text, environment, file.toString()).parse();
    }

    private static ConfigurationException notText(Path file) {
        return new ConfigurationException(file + " is not a text file: a .env file holds KEY=value lines in UTF-8"
                + " (move whatever it is elsewhere, or recreate it from .env.example)");
    }

    /** The assignments of a file's text, its variables looked up in {@code environment} first. */
    static Map<String, String> parse(String text, Map<String, String> environment) {
        return new DotEnvFile(text, environment, ".env").parse();
    }

    static Map<String, String> parse(String text) {
        return parse(text, Map.of());
    }

    private Map<String, String> parse() {
        while (pos < text.length()) {
            int lineEnd = lineEnd(pos);
            String content = text.substring(pos, lineEnd).strip();
            if (content.startsWith("export ") || content.startsWith("export\t")) content = content.substring(6).strip();
            int equals = content.indexOf('=');
            if (content.startsWith("#") || equals <= 0) {
                nextLine(lineEnd);
                continue;
            }
            String key = content.substring(0, equals).strip();
            pos = text.indexOf('=', pos) + 1;
            skipBlanks();
            values.put(key, value(key));
        }
        return Map.copyOf(values);
    }

    private String value(String key) {
        char first = pos < text.length() ? text.charAt(pos) : '\n';
        if (first == '"' || first == '\'') {
            int startLine = line;
            pos++;
            String value = first == '"' ? doubleQuoted(key, startLine) : singleQuoted(key, startLine);
            // After the closing quote only a comment may follow.
            nextLine(lineEnd(pos));
            return value;
        }
        int end = lineEnd(pos);
        String raw = text.substring(pos, end);
        int comment = commentStart(raw);
        String value = expand((comment < 0 ? raw : raw.substring(0, comment)).strip(), key);
        nextLine(end);
        return value;
    }

    /** Where an unquoted value's comment starts: a {@code #} after a space or a tab; -1 without one. */
    private static int commentStart(String raw) {
        for (int i = 1; i < raw.length(); i++) {
            if (raw.charAt(i) == '#' && (raw.charAt(i - 1) == ' ' || raw.charAt(i - 1) == '\t')) return i;
        }
        return -1;
    }

    private String doubleQuoted(String key, int startLine) {
        StringBuilder raw = new StringBuilder();
        while (true) {
            if (pos >= text.length()) throw unterminated(key, '"', startLine);
            char c = text.charAt(pos++);
            if (c == '\n') line++;
            if (c == '"') break;
            if (c == '\\' && pos < text.length()) {
                char next = text.charAt(pos++);
                switch (next) {
                    case 'n' -> raw.append('\n');
                    case 'r' -> raw.append('\r');
                    case 't' -> raw.append('\t');
                    case '\\' -> raw.append('\\');
                    case '"' -> raw.append('"');
                    // Kept for the expansion below, which reads \$ as a literal dollar sign.
                    case '$' -> raw.append("$$");
                    default -> raw.append('\\').append(next);
                }
                continue;
            }
            raw.append(c);
        }
        return expand(raw.toString(), key);
    }

    private String singleQuoted(String key, int startLine) {
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos >= text.length()) throw unterminated(key, '\'', startLine);
            char c = text.charAt(pos++);
            if (c == '\n') line++;
            if (c == '\'') return value.toString();
            if (c == '\\' && pos < text.length() && (text.charAt(pos) == '\'' || text.charAt(pos) == '\\')) {
                value.append(text.charAt(pos++));
                continue;
            }
            value.append(c);
        }
    }

    /** {@code $VAR}, {@code ${VAR…}} and {@code $$} in a value, as Compose interpolates them. */
    private String expand(String value, String key) {
        if (value.indexOf('$') < 0) return value;
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c != '$' || i + 1 >= value.length()) {
                out.append(c);
                i++;
                continue;
            }
            char next = value.charAt(i + 1);
            if (next == '$') {
                out.append('$');
                i += 2;
            } else if (next == '{') {
                int close = closingBrace(value, i + 2);
                if (close < 0) throw malformed(key, "a ${ that is never closed with }");
                out.append(braced(value.substring(i + 2, close), key));
                i = close + 1;
            } else if (Character.isLetter(next) || next == '_') {
                int end = i + 1;
                while (end < value.length() && (Character.isLetterOrDigit(value.charAt(end)) || value.charAt(end) == '_')) end++;
                String found = lookup(value.substring(i + 1, end));
                out.append(found == null ? "" : found);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int closingBrace(String value, int from) {
        int depth = 1;
        for (int i = from; i < value.length(); i++) {
            if (value.charAt(i) == '{') depth++;
            else if (value.charAt(i) == '}' && --depth == 0) return i;
        }
        return -1;
    }

    /** {@code NAME}, {@code NAME:-word}, {@code NAME-word}, {@code NAME:?word}, {@code NAME?word}, {@code NAME:+word}, {@code NAME+word}. */
    private String braced(String expression, String key) {
        int nameEnd = 0;
        while (nameEnd < expression.length()
                && (Character.isLetterOrDigit(expression.charAt(nameEnd)) || expression.charAt(nameEnd) == '_')) {
            nameEnd++;
        }
        String name = expression.substring(0, nameEnd);
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) throw malformed(key, "${" + expression + "}, which names no variable");
        String found = lookup(name);
        if (nameEnd == expression.length()) return found == null ? "" : found;
        boolean colon = expression.charAt(nameEnd) == ':';
        int operatorAt = colon ? nameEnd + 1 : nameEnd;
        if (operatorAt >= expression.length()) throw malformed(key, "${" + expression + "}, which Compose cannot read");
        char operator = expression.charAt(operatorAt);
        String word = expression.substring(operatorAt + 1);
        boolean set = found != null && (!colon || !found.isEmpty());
        return switch (operator) {
            case '-' -> set ? found : expand(word, key);
            case '+' -> set ? expand(word, key) : "";
            case '?' -> {
                if (!set) throw malformed(key, "${" + expression + "}, and " + name + " is not set: " + expand(word, key));
                yield found;
            }
            default -> throw malformed(key, "${" + expression + "}, which Compose cannot read");
        };
    }

    private String lookup(String name) {
        String fromEnvironment = environment.get(name);
        return fromEnvironment != null ? fromEnvironment : values.get(name);
    }

    private int lineEnd(int from) {
        int newline = text.indexOf('\n', from);
        int end = newline < 0 ? text.length() : newline;
        return end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    private void nextLine(int lineEnd) {
        int newline = text.indexOf('\n', lineEnd);
        pos = newline < 0 ? text.length() : newline + 1;
        if (newline >= 0) line++;
    }

    private void skipBlanks() {
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) pos++;
    }

    private ConfigurationException unterminated(String key, char quote, int startLine) {
        String name = quote == '"' ? "double" : "single";
        return new ConfigurationException(file + " line " + startLine + ": the value of " + key + " opens a " + name
                + " quote (" + quote + ") that is never closed (close it, or escape a quote inside the value with \\" + quote + ")");
    }

    private ConfigurationException malformed(String key, String problem) {
        return new ConfigurationException(file + " line " + line + ": the value of " + key + " has " + problem);
    }
}
