package io.migrata.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void writesNestedObjectsAndArraysThatParseBack() throws Exception {
        StringWriter out = new StringWriter();
        new JsonWriter(out).beginObject()
                .name("name").value("users")
                .name("count").value(3L)
                .name("ok").value(true)
                .name("none").nullValue()
                .name("names").value(List.of("a", "b"))
                .name("empty").beginArray().endArray()
                .name("items").beginArray()
                .beginObject().name("x").value(1L).endObject()
                .beginObject().endObject()
                .endArray()
                .endObject()
                .finish();
        JsonNode parsed = JSON.readTree(out.toString());
        assertEquals(JSON.readTree("""
                {"name": "users", "count": 3, "ok": true, "none": null, "names": ["a", "b"], "empty": [],
                 "items": [{"x": 1}, {}]}
                """), parsed);
        assertEquals(List.of("name", "count", "ok", "none", "names", "empty", "items"), fieldNames(parsed));
        assertTrue(out.toString().startsWith("{\n  \"name\": \"users\",\n"), out.toString());
        assertTrue(out.toString().endsWith("}\n"), out.toString());
    }

    @Test
    void stringsSurviveEscaping() throws Exception {
        String text = "q\"b\\n\nt\tc\u0001 l\u2028 é";
        StringWriter out = new StringWriter();
        new JsonWriter(out).beginArray().value(text).endArray().finish();
        assertEquals(text, JSON.readTree(out.toString()).get(0).asText());
    }

    @Test
    void refusesMalformedDocuments() {
        assertThrows(IllegalStateException.class, () -> new JsonWriter(new StringWriter()).beginObject().value("x"));
        assertThrows(IllegalStateException.class, () -> new JsonWriter(new StringWriter()).beginArray().name("x"));
        assertThrows(IllegalStateException.class, () -> new JsonWriter(new StringWriter()).beginObject().endArray());
        assertThrows(IllegalStateException.class, () -> new JsonWriter(new StringWriter()).beginObject().finish());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
