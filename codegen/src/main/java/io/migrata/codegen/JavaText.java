package io.migrata.codegen;

import java.util.ArrayList;
import java.util.List;

/** Text made safe for Java source: string literals and comments. */
final class JavaText {

    private JavaText() {
    }

    /**
     * A Java string literal of {@code value}. Control characters become escapes ({@code \n} or
     * octal, never {@code \}{@code u}, which javac would turn back into a line break before
     * lexing); other characters stay as they are in the UTF-8 source, except lone surrogates.
     */
    static String literal(String value) {
        StringBuilder text = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                case '\b' -> text.append("\\b");
                case '\f' -> text.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        text.append(String.format("\\%03o", (int) c));
                    } else if (Character.isSurrogate(c) && !isPaired(value, i)) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        return text.append('"').toString();
    }

    private static boolean isPaired(String value, int at) {
        char c = value.charAt(at);
        if (Character.isHighSurrogate(c)) return at + 1 < value.length() && Character.isLowSurrogate(value.charAt(at + 1));
        return at > 0 && Character.isHighSurrogate(value.charAt(at - 1));
    }

    /**
     * Text for a {@code //} or Javadoc comment: on one line, with backslashes doubled so no
     * {@code \}{@code u000a} in it can end the comment early.
     */
    static String commentLine(String text) {
        return text.strip().replaceAll("\\s+", " ").replace("\\", "\\\\");
    }

    /** {@link #commentLine} for Javadoc: HTML and the comment's end kept out. */
    static String javadocLine(String text) {
        String line = commentLine(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*/", "*&#47;");
        return line.startsWith("@") ? "&#64;" + line.substring(1) : line;
    }

    /**
     * Words of {@code text} on lines of at most {@code width} characters, the first line starting
     * with {@code first} and the others with {@code next} (a longer word gets its own line).
     */
    static List<String> wrap(String text, int width, String first, String next) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder(first);
        boolean lineHasWord = false;
        for (String word : text.split(" ")) {
            if (lineHasWord && current.length() + 1 + word.length() > width) {
                lines.add(current.toString());
                current = new StringBuilder(next);
                lineHasWord = false;
            }
            if (lineHasWord) current.append(' ');
            current.append(word);
            lineHasWord = true;
        }
        lines.add(current.toString());
        return lines;
    }

    /** The message as a sentence: first letter capital, ending in a full stop unless it ends in punctuation. */
    static String sentence(String text) {
        String line = text.strip();
        if (line.isEmpty()) return line;
        int first = line.codePointAt(0);
        line = new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(line.substring(Character.charCount(first))).toString();
        char last = line.charAt(line.length() - 1);
        return ".!?".indexOf(last) >= 0 ? line : line + ".";
    }
}
