package io.migrata.introspect;

import java.util.ArrayList;
import java.util.List;

/**
 * Folds {@code ARRAY[('A'::character varying)::text, ('B'::character varying)::text]} into
 * {@code (ARRAY['A'::character varying, 'B'::character varying])::text[]}.
 *
 * <p>Both spellings are the same constraint, but PostgreSQL stores whichever its parser built:
 * {@code x IN ('A', 'B')} (what Hibernate writes for a STRING enum) prints as the second form,
 * while running that printed form again stores the first. Without folding, a CHECK created by a
 * migration would never equal the one Hibernate's DDL creates, and every autogenerate would drop
 * and re-add it. The second form is the canonical one because it is what the entity reader gives.
 */
final class ArrayCasts {

    private static final String OPEN = "ARRAY[";

    private ArrayCasts() {
    }

    static String fold(String expression) {
        if (expression == null || !expression.contains(OPEN + "(")) return expression;
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (true) {
            int start = expression.indexOf(OPEN, from);
            if (start < 0) break;
            Folded folded = foldAt(expression, start);
            if (folded == null) {
                out.append(expression, from, start + OPEN.length());
                from = start + OPEN.length();
            } else {
                out.append(expression, from, start).append(folded.text());
                from = folded.end();
            }
        }
        return out.append(expression.substring(from)).toString();
    }

    private record Folded(String text, int end) {
    }

    private record Element(String literal, String innerType, String outerType, int end) {
    }

    /** The folded array starting at {@code start}, or null when its elements do not all have the pattern. */
    private static Folded foldAt(String text, int start) {
        int at = start + OPEN.length();
        List<Element> elements = new ArrayList<>();
        while (true) {
            Element element = element(text, at);
            if (element == null) return null;
            if (!elements.isEmpty() && (!element.innerType().equals(elements.get(0).innerType())
                    || !element.outerType().equals(elements.get(0).outerType()))) {
                return null;
            }
            elements.add(element);
            at = element.end();
            if (text.startsWith(", ", at)) {
                at += 2;
            } else if (text.startsWith("]", at)) {
                break;
            } else {
                return null;
            }
        }
        StringBuilder folded = new StringBuilder("(ARRAY[");
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) folded.append(", ");
            folded.append(elements.get(i).literal()).append("::").append(elements.get(i).innerType());
        }
        folded.append("])::").append(elements.get(0).outerType()).append("[]");
        return new Folded(folded.toString(), at + 1);
    }

    /** {@code ('literal'::inner)::outer} at {@code at}, types being words and spaces only. */
    private static Element element(String text, int at) {
        if (!text.startsWith("('", at)) return null;
        int quote = at + 1;
        int close = quote + 1;
        while (true) {
            close = text.indexOf('\'', close);
            if (close < 0) return null;
            if (close + 1 < text.length() && text.charAt(close + 1) == '\'') {
                close += 2;
            } else {
                break;
            }
        }
        String literal = text.substring(quote, close + 1);
        if (!text.startsWith("::", close + 1)) return null;
        int innerEnd = typeEnd(text, close + 3);
        if (innerEnd < 0 || !text.startsWith(")::", innerEnd)) return null;
        int outerEnd = typeEnd(text, innerEnd + 3);
        if (outerEnd < 0) return null;
        return new Element(literal, text.substring(close + 3, innerEnd), text.substring(innerEnd + 3, outerEnd), outerEnd);
    }

    private static int typeEnd(String text, int at) {
        int end = at;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'
                || (text.charAt(end) == ' ' && end + 1 < text.length() && Character.isLetter(text.charAt(end + 1))))) {
            end++;
        }
        return end > at ? end : -1;
    }
}
