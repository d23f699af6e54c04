package io.migrata.cli.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * A small streaming JSON writer that pretty-prints with two-space indentation. Objects and arrays
 * of objects take one line per member; lists of strings are written on one line, so short name lists
 * stay readable. Keys come out in the order they are written: callers fix the order, which keeps
 * the output byte-for-byte stable.
 *
 * <pre>{@code
 * JsonWriter json = new JsonWriter(out);
 * json.beginObject().name("name").value("users").name("columns").value(List.of("id")).endObject().finish();
 * }</pre>
 */
public final class JsonWriter {

    private static final int FLUSH_AT = 1 << 16;
    /** Deep enough for any document written here; deeper levels are indented in several pieces. */
    private static final String INDENT = " ".repeat(64);

    private final Appendable out;
    // Written to the Appendable in large pieces: a PrintWriter takes a lock on every call.
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 1024);
    /** The open objects (true) and arrays (false), innermost last. */
    private boolean[] isObject = new boolean[16];
    /** Whether each open object or array already holds a member. */
    private boolean[] hasMembers = new boolean[16];
    private int depth;
    private boolean afterName;

    public JsonWriter(Appendable out) {
        this.out = out;
    }

    public JsonWriter beginObject() {
        return open(true, '{');
    }

    public JsonWriter endObject() {
        return close(true, '}');
    }

    public JsonWriter beginArray() {
        return open(false, '[');
    }

    public JsonWriter endArray() {
        return close(false, ']');
    }

    public JsonWriter name(String name) {
        if (depth == 0 || !isObject[depth - 1] || afterName) throw new IllegalStateException("a name belongs in an object");
        startMember();
        string(name);
        buffer.append(": ");
        afterName = true;
        return this;
    }

    /** A string, or {@code null} written as JSON null. */
    public JsonWriter value(String value) {
        startValue();
        if (value == null) buffer.append("null");
        else string(value);
        return this;
    }

    public JsonWriter value(long value) {
        startValue();
        buffer.append(value);
        return this;
    }

    public JsonWriter value(boolean value) {
        startValue();
        buffer.append(value ? "true" : "false");
        return this;
    }

    /** A list of strings, on one line. */
    public JsonWriter value(List<String> values) {
        startValue();
        buffer.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) buffer.append(", ");
            string(values.get(i));
        }
        buffer.append(']');
        return this;
    }

    public JsonWriter nullValue() {
        startValue();
        buffer.append("null");
        return this;
    }

    /** Ends the document with a newline; every object and array must be closed. */
    public void finish() {
        if (depth > 0) throw new IllegalStateException("unclosed " + (isObject[depth - 1] ? "object" : "array"));
        buffer.append('\n');
        flush();
    }

    private JsonWriter open(boolean object, char bracket) {
        startValue();
        buffer.append(bracket);
        if (depth == isObject.length) {
            isObject = Arrays.copyOf(isObject, depth * 2);
            hasMembers = Arrays.copyOf(hasMembers, depth * 2);
        }
        isObject[depth] = object;
        hasMembers[depth] = false;
        depth++;
        return this;
    }

    private JsonWriter close(boolean object, char bracket) {
        if (depth == 0 || isObject[depth - 1] != object || afterName) {
            throw new IllegalStateException("nothing to close with " + bracket);
        }
        depth--;
        if (hasMembers[depth]) newline();
        buffer.append(bracket);
        return this;
    }

    private void startValue() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (depth == 0) return;
        if (isObject[depth - 1]) throw new IllegalStateException("a value in an object needs a name");
        startMember();
    }

    private void startMember() {
        if (hasMembers[depth - 1]) buffer.append(',');
        hasMembers[depth - 1] = true;
        newline();
    }

    private void newline() {
        buffer.append('\n');
        for (int spaces = 2 * depth; spaces > 0; spaces -= INDENT.length()) {
            buffer.append(INDENT, 0, Math.min(spaces, INDENT.length()));
        }
    }

    private void string(String text) {
        buffer.append('"');
        int plainFrom = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // The common case first: a character JSON takes as it is.
            if (c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029') continue;
            buffer.append(text, plainFrom, i).append(escape(c));
            plainFrom = i + 1;
        }
        buffer.append(text, plainFrom, text.length()).append('"');
        if (buffer.length() >= FLUSH_AT) flush();
    }

    /** The escape sequence for a character that JSON strings cannot hold as is. */
    private static String escape(char c) {
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\b' -> "\\b";
            case '\f' -> "\\f";
            // Other control characters must be escaped; U+2028/9 too, so the output is also valid JavaScript.
            default -> String.format("\\u%04x", (int) c);
        };
    }

    private void flush() {
        try {
            out.append(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buffer.setLength(0);
    }
}
