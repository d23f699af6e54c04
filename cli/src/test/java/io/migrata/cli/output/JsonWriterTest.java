package io.migrata.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void prettyPrintsNestedObjectsAndArrays() {
        StringBuilder out = new StringBuilder();
        JsonWriter json = new JsonWriter(out);
        json.beginObject()
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
        assertEquals("""
                {
                  "name": "users",
                  "count": 3,
                  "ok": true,
                  "none": null,
                  "names": ["a", "b"],
                  "empty": [],
                  "items": [
                    {
                      "x": 1
                    },
                    {}
                  ]
                }
                """, out.toString());
    }

    @Test
    void escapesWhatJsonStringsCannotHold() {
        StringBuilder out = new StringBuilder();
        new JsonWriter(out).beginArray().value("q\"b\\n\nt\tc\u0001 l\u2028 é").endArray().finish();
        assertEquals("[\n  \"q\\\"b\\\\n\\nt\\tc\\u0001 l\\u2028 é\"\n]\n", out.toString());
    }

    @Test
    void refusesMalformedDocuments() {
        assertThrows(IllegalStateException.class, () -> new JsonWriter(new StringBuilder()).beginObject().value("x"));
        assertThrows(IllegalStateException.class, () -> new JsonWriter(new StringBuilder()).beginArray().name("x"));
        assertThrows(IllegalStateException.class, () -> new JsonWriter(new StringBuilder()).beginObject().endArray());
        assertThrows(IllegalStateException.class, () -> new JsonWriter(new StringBuilder()).beginObject().finish());
    }
}
