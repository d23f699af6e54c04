package io.migrata.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Parses what a command printed as JSON, so tests assert on the document, never on its text. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** The one JSON document {@code text} holds; fails when it is not exactly one valid document. */
    public static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("not one JSON document: " + e.getOriginalMessage() + "\n" + text, e);
        }
    }

    /** The strings of a JSON array. */
    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : (ArrayNode) array) values.add(item.asText());
        return values;
    }

    /** The {@code name} of each element of an array of objects. */
    static List<String> names(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : array) values.add(item.get("name").asText());
        return values;
    }
}
