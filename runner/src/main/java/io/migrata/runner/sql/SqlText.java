package io.migrata.runner.sql;

import io.migrata.schema.Identifiers;
import io.migrata.schema.SqlLiterals;

import java.util.List;
import java.util.stream.Collectors;

/** How rendered SQL spells names and literals. */
final class SqlText {

    private static final String DOLLAR_TAG = "migrata";

    private SqlText() {
    }

    static String name(String identifier) {
        return Identifiers.quote(identifier);
    }

    /** {@code (a, "B", "with space")}. */
    static String names(List<String> identifiers) {
        return identifiers.stream().map(SqlText::name).collect(Collectors.joining(", ", "(", ")"));
    }

    /** A string literal that reads the same whatever {@code standard_conforming_strings} says. */
    static String literal(String text) {
        return SqlLiterals.quote(text);
    }

    static String literals(List<String> texts) {
        return texts.stream().map(SqlText::literal).collect(Collectors.joining(", ", "(", ")"));
    }

    /** The body between dollar quotes whose tag does not occur in it. */
    static String dollarQuoted(String body) {
        String tag = "$" + DOLLAR_TAG + "$";
        for (int n = 1; body.contains(tag); n++) tag = "$" + DOLLAR_TAG + n + "$";
        return tag + "\n" + body + "\n" + tag;
    }

    /** A query as {@code pg_get_viewdef()} prints it, without its surrounding blanks and final semicolon. */
    static String query(String definition) {
        String query = definition.strip();
        while (query.endsWith(";")) query = query.substring(0, query.length() - 1).stripTrailing();
        return query;
    }
}
