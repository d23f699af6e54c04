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

    private final Appendable out;
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
    }

    private JsonWriter open(Scope scope, char bracket) {
        startValue();
        write(String.valueOf(bracket));
        scopes.push(scope);
        hasMembers.push(false);
        return this;
    }

    private JsonWriter close(Scope scope, char bracket) {
        if (scopes.peek() != scope || afterName) throw new IllegalStateException("nothing to close with " + bracket);
        scopes.pop();
        if (hasMembers.pop()) newline();
        write(String.valueOf(bracket));
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
        write("\n");
        write("  ".repeat(scopes.size()));
    }

    private void string(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                case '\b' -> escaped.append("\\b");
                case '\f' -> escaped.append("\\f");
                default -> {
                    // Control characters must be escaped; U+2028/9 too, so the output is also valid JavaScript.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') escaped.append(String.format("\\u%04x", (int) c));
                    else escaped.append(c);
                }
            }
        }
        write(escaped.append('"'));
    }

    private void write(CharSequence text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
