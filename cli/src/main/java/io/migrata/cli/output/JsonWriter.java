package io.migrata.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Jackson's streaming generator behind the calls the command's JSON documents are written with,
 * pretty-printed with two-space indentation. Keys come out in the order they are written: callers
 * fix the order, which keeps the output byte-for-byte stable.
 *
 * <pre>{@code
 * JsonWriter json = new JsonWriter(out);
 * json.beginObject().name("name").value("users").name("columns").value(List.of("id")).endObject().finish();
 * }</pre>
 */
public final class JsonWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final JsonGenerator json;

    public JsonWriter(Writer out) {
        try {
            this.json = FACTORY.createGenerator(out).setPrettyPrinter(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEmptySeparator("").withArrayEmptySeparator(""))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonWriter beginObject() {
        return write(JsonGenerator::writeStartObject);
    }

    public JsonWriter endObject() {
        return write(JsonGenerator::writeEndObject);
    }

    public JsonWriter beginArray() {
        return write(JsonGenerator::writeStartArray);
    }

    public JsonWriter endArray() {
        return write(JsonGenerator::writeEndArray);
    }

    public JsonWriter name(String name) {
        return write(g -> g.writeFieldName(name));
    }

    /** A string, or {@code null} written as JSON null. */
    public JsonWriter value(String value) {
        return write(g -> g.writeString(value));
    }

    public JsonWriter value(long value) {
        return write(g -> g.writeNumber(value));
    }

    public JsonWriter value(boolean value) {
        return write(g -> g.writeBoolean(value));
    }

    /** A list of strings. */
    public JsonWriter value(List<String> values) {
        return write(g -> {
            g.writeStartArray();
            for (String value : values) g.writeString(value);
            g.writeEndArray();
        });
    }

    public JsonWriter nullValue() {
        return write(JsonGenerator::writeNull);
    }

    /** Ends the document with a newline; every object and array must be closed. */
    public void finish() {
        if (!json.getOutputContext().inRoot()) throw new IllegalStateException("the JSON document has unclosed objects or arrays");
        write(g -> {
            g.writeRaw('\n');
            g.flush();
        });
    }

    private interface Step {
        void on(JsonGenerator generator) throws IOException;
    }

    private JsonWriter write(Step step) {
        try {
            step.on(json);
        } catch (JsonGenerationException e) {
            throw new IllegalStateException(e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
