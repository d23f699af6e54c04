package io.migrata.cli.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
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

    private enum Scope { OBJECT, ARRAY }

    private static final int FLUSH_AT = 1 << 16;

    private final Appendable out;
    // Written to the Appendable in large pieces: a PrintWriter takes a lock on every call.
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 1024);
    private final Deque<Scope> scopes = new ArrayDeque<>();
    /** Whether the innermost open object or array already holds a member. */
    private final Deque<Boolean> hasMembers = new ArrayDeque<>();
    private boolean afterName;

    public JsonWriter(Appendable out) {
        this.out = out;
    }

    public JsonWriter beginObject() {
        return open(Scope.OBJECT, '{');
    }

    public JsonWriter endObject() {
        return close(Scope.OBJECT, '}');
    }

    public JsonWriter beginArray() {
        return open(Scope.ARRAY, '[');
    }

    public JsonWriter endArray() {
        return close(Scope.ARRAY, ']');
    }

    public JsonWriter name(String name) {
        if (scopes.peek() != Scope.OBJECT || afterName) throw new IllegalStateException("a name belongs in an object");
        startMember();
        string(name);
        write(": ");
        afterName = true;
        return this;
    }

    /** A string, or {@code null} written as JSON null. */
    public JsonWriter value(String value) {
        startValue();
        if (value == null) write("null");
        else string(value);
        return this;
    }

    public JsonWriter value(long value) {
        startValue();
        write(Long.toString(value));
        return this;
    }

    public JsonWriter value(boolean value) {
        startValue();
        write(value ? "true" : "false");
        return this;
    }

    /** A list of strings, on one line. */
    public JsonWriter value(List<String> values) {
        startValue();
        write("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) write(", ");
            string(values.get(i));
        }
        write("]");
        return this;
    }

    public JsonWriter nullValue() {
        startValue();
        write("null");
        return this;
    }

    /** Ends the document with a newline; every object and array must be closed. */
    public void finish() {
        if (!scopes.isEmpty()) throw new IllegalStateException("unclosed " + scopes.peek().name().toLowerCase());
        write("\n");
        flush();
    }

    private JsonWriter open(Scope scope, char bracket) {
        startValue();
        buffer.append(bracket);
        scopes.push(scope);
        hasMembers.push(false);
        return this;
    }

    private JsonWriter close(Scope scope, char bracket) {
        if (scopes.peek() != scope || afterName) throw new IllegalStateException("nothing to close with " + bracket);
        scopes.pop();
        if (hasMembers.pop()) newline();
        buffer.append(bracket);
        return this;
    }

    private void startValue() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (scopes.peek() == Scope.OBJECT) throw new IllegalStateException("a value in an object needs a name");
        if (scopes.peek() == Scope.ARRAY) startMember();
    }

    private void startMember() {
        if (hasMembers.pop()) write(",");
        hasMembers.push(true);
        newline();
    }

    private void newline() {
        buffer.append('\n');
        for (int i = scopes.size(); i > 0; i--) buffer.append("  ");
    }

    private void string(String text) {
        buffer.append('"');
        int plainFrom = 0;
        for (int i = 0; i < text.length(); i++) {
            String escape = escape(text.charAt(i));
            if (escape == null) continue;
            buffer.append(text, plainFrom, i).append(escape);
            plainFrom = i + 1;
        }
        buffer.append(text, plainFrom, text.length()).append('"');
        if (buffer.length() >= FLUSH_AT) flush();
    }

    /** The escape sequence for a character that JSON strings cannot hold as is, else null. */
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
            default -> c < 0x20 || c == '\u2028' || c == '\u2029' ? String.format("\\u%04x", (int) c) : null;
        };
    }

    private void write(String text) {
        buffer.append(text);
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
