package io.migrata.schema.migration;

import io.migrata.schema.FunctionDef;

import java.util.regex.Pattern;

/**
 * A function or procedure by name, input argument types and its whole {@code CREATE OR REPLACE}
 * statement: {@code function("add", "integer, integer", "CREATE OR REPLACE FUNCTION public.add(a integer,
 * b integer) RETURNS integer LANGUAGE sql AS $$SELECT a + b$$")}. The statement says whether it is a
 * procedure. The argument types tell overloads apart, as {@code DROP FUNCTION add(integer, integer)} does;
 * {@code .comment("…")} gives its comment.
 */
public final class FunctionSpec {

    private static final Pattern PROCEDURE = Pattern.compile("^\\s*CREATE\\s+(OR\\s+REPLACE\\s+)?PROCEDURE\\b",
            Pattern.CASE_INSENSITIVE);

    private final String name;
    private final String argumentTypes;
    private final String definition;
    private final String comment;

    FunctionSpec(String name, String argumentTypes, String definition, String comment) {
        this.name = name;
        this.argumentTypes = argumentTypes;
        this.definition = definition;
        this.comment = comment;
    }

    public FunctionSpec comment(String text) {
        return new FunctionSpec(name, argumentTypes, definition, Require.present(text, "function comment"));
    }

    public FunctionDef resolve(ObjectNames names) {
        return new FunctionDef(names.parse(name, "function"), argumentTypes, PROCEDURE.matcher(definition).find(), definition, comment);
    }
}
