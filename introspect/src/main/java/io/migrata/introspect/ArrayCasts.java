package io.migrata.introspect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One spelling for an array of constants cast to another element type. PostgreSQL prints
 * {@code x IN ('A', 'B')} on a {@code varchar} column as {@code (ARRAY['A'::character varying,
 * 'B'::character varying])::text[]}, but when that printed text is run again, as a migration
 * creating the same CHECK does, it pushes the cast into the elements and prints
 * {@code ARRAY[('A'::character varying)::text, ('B'::character varying)::text]}. The two mean the
 * same; reading the second as the first keeps a schema created by Hibernate's DDL, one created by
 * a migration, and the entities equal.
 */
final class ArrayCasts {

    private static final String TYPE = "[a-z][a-z ]*(?:\\(\\d+(?:,\\d+)?\\))?";
    private static final String ELEMENT = "\\('(?:[^']|'')*'::(" + TYPE + ")\\)::(" + TYPE + ")";
    private static final Pattern ARRAY = Pattern.compile("ARRAY\\[(" + ELEMENT + "(?:, " + ELEMENT + ")*)]");
    private static final Pattern ONE = Pattern.compile(ELEMENT);

    private ArrayCasts() {
    }

    /** {@code expression} with each array of uniformly cast constants spelt with the cast outside. */
    static String normalize(String expression) {
        if (expression == null || !expression.contains("ARRAY[(")) return expression;
        Matcher array = ARRAY.matcher(expression);
        StringBuilder result = new StringBuilder();
        while (array.find()) {
            array.appendReplacement(result, Matcher.quoteReplacement(castOutside(array.group(1), array.group())));
        }
        array.appendTail(result);
        return result.toString();
    }

    private static String castOutside(String elements, String unchanged) {
        Matcher element = ONE.matcher(elements);
        StringBuilder inner = new StringBuilder();
        String from = null;
        String to = null;
        while (element.find()) {
            if (from == null) {
                from = element.group(1);
                to = element.group(2);
            } else if (!from.equals(element.group(1)) || !to.equals(element.group(2))) {
                return unchanged;
            }
            if (!inner.isEmpty()) inner.append(", ");
            String literal = element.group();
            inner.append(literal, 1, literal.length() - ("::" + to).length() - 1);
        }
        return "(ARRAY[" + inner + "])::" + to + "[]";
    }
}
