package io.migrata.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextArrayTest {

    @Test
    void readsPlainElementsInOrder() {
        assertEquals(List.of("order_id", "line_no"), TextArray.parse("{order_id,line_no}"));
        assertEquals(List.of("id"), TextArray.parse("{id}"));
    }

    @Test
    void readsAnEmptyArray() {
        assertEquals(List.of(), TextArray.parse("{}"));
    }

    @Test
    void readsQuotedElementsWithTheirEscapes() {
        assertEquals(List.of("with space", "a,b", "{x}", "say \"hi\"", "back\\slash", "", "null", "Ünï"),
                TextArray.parse("{\"with space\",\"a,b\",\"{x}\",\"say \\\"hi\\\"\",\"back\\\\slash\",\"\",\"null\",Ünï}"));
    }

    @Test
    void skipsTheBoundsOfAnArrayThatDoesNotStartAtOne() {
        assertEquals(List.of("a", "b"), TextArray.parse("[0:1]={a,b}"));
    }

    @Test
    void refusesNullElementsAndWhatIsNoArray() {
        assertThrows(IllegalArgumentException.class, () -> TextArray.parse("{a,NULL}"));
        assertThrows(IllegalArgumentException.class, () -> TextArray.parse("a,b"));
    }
}
