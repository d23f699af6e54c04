package io.migrata.runner.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReparsedTextTest {

    @Test
    void anAddedCastAroundAnArrayConstructorIsLeftOut() {
        assertEquals("CHECK (((status)::text = ANY (ARRAY['a'::character varying, 'b'::character varying])))",
                ReparsedText.of("CHECK (((status)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[])))"));
        assertEquals(" SELECT public.takes(ARRAY[t.status, 'x'::character varying]) AS k",
                ReparsedText.of(" SELECT public.takes(ARRAY[t.status, 'x'::character varying]::text[]) AS k"));
        assertEquals("(x <> ALL (ARRAY['a'::public.citext]))",
                ReparsedText.of("(x <> ALL ((ARRAY['a'::public.citext])::\"My Type\"[]))"));
        assertEquals("(x = ANY (ARRAY['a'::character varying(3)]))",
                ReparsedText.of("(x = ANY ((ARRAY['a'::character varying(3)])::character varying(10)[]))"));
    }

    @Test
    void nestedArraysAreRewrittenToo() {
        assertEquals("f(ARRAY[ARRAY['a'::character varying]])",
                ReparsedText.of("f((ARRAY[(ARRAY['a'::character varying])::text[]])::text[][])"));
    }

    @Test
    void whatThePrinterWroteItselfStays() {
        String[] unchanged = {
                "DEFAULT ARRAY[]::text[]",
                "(x = ANY (ARRAY[('a'::character varying)::text, ('b'::character varying)::text]))",
                "(ARRAY[1, 2])::text",
                "(tags = ANY ('{a,b}'::text[]))",
                "(ARRAY['x'])::public.text_list",
                "CREATE FUNCTION f() RETURNS text[] LANGUAGE sql AS $f$SELECT (ARRAY['a'::varchar])::text[]$f$",
                "COMMENT ON TABLE t IS '(ARRAY[''a''])::text[]'",
                "SELECT \"(ARRAY[1])::int[]\" FROM t",
                "f(my_array[1])::text[]",
        };
        for (String text : unchanged) assertEquals(text, ReparsedText.of(text));
    }
}
