package io.migrata.introspect;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a one-dimensional {@code text[]} (or {@code name[]}) the way the server prints it:
 * {@code {a,"b c","d\"e"}}. Read here rather than through {@code ResultSet.getArray}, whose general
 * array support cost three times as much for the thousands of key-column lists of a large schema.
 */
final class TextArray {

    private TextArray() {
    }

    /** The elements in order; {@code literal} is an array the server printed, never SQL NULL. */
    static List<String> parse(String literal) {
        // A lower bound other than 1 is printed first, as in [0:1]={a,b}.
        int at = literal.charAt(0) == '[' ? literal.indexOf('=') + 1 : 0;
        if (literal.charAt(at) != '{') throw new IllegalArgumentException("not an array: " + literal);
        at++;
        List<String> elements = new ArrayList<>();
        if (literal.charAt(at) == '}') return elements;
        StringBuilder quoted = new StringBuilder();
        while (true) {
            int end;
            if (literal.charAt(at) == '"') {
                quoted.setLength(0);
                for (at++; literal.charAt(at) != '"'; at++) {
                    if (literal.charAt(at) == '\\') at++;
                    quoted.append(literal.charAt(at));
                }
                elements.add(quoted.toString());
                end = at + 1;
            } else {
                end = at;
                while (literal.charAt(end) != ',' && literal.charAt(end) != '}') end++;
                String element = literal.substring(at, end);
                if (element.equalsIgnoreCase("NULL")) throw new IllegalArgumentException("a NULL element in " + literal);
                elements.add(element);
            }
            if (literal.charAt(end) == '}') return elements;
            at = end + 1;
        }
    }
}
