package io.migrata.runner.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Splits a PostgreSQL script into its statements the way {@code psql} does: at semicolons outside
 * string literals ({@code '…'}, {@code E'…'} with backslash escapes), quoted identifiers, dollar
 * quotes ({@code $body$…$body$}), comments (nested {@code /* … *}{@code /} included), parentheses,
 * and the {@code BEGIN … END} body of a {@code CREATE FUNCTION}/{@code PROCEDURE} written in the
 * SQL-standard form ({@code BEGIN ATOMIC … END}), whose inner semicolons belong to the body.
 *
 * <p>Each statement runs from its first token to its last, so comments between statements (and a
 * comment after a statement's last token, where an appended {@code ;} would land inside it) are not
 * part of it. A line that is exactly {@code -- migrata:down} between statements ends the script
 * and is reported as the marker, so one pass finds the up and the down section of a file.
 */
public final class SqlScriptSplitter {

    static final String DOWN_MARKER = "migrata:down";

    /** One statement and the line it starts on, counted from 1 in the whole file. */
    public record Piece(String sql, int line) {
    }

    /** The statements before the end of the text or the down marker, and where the marker is. */
    public record Section(List<Piece> statements, Optional<Integer> markerEnd) {
    }

    private final String text;
    private int position;
    private int line;

    private SqlScriptSplitter(String text, int start, int line) {
        this.text = text;
        this.position = start;
        this.line = line;
    }

    /**
     * The statements of {@code text} from {@code start} (which is on line {@code line}) to the end
     * or the down marker.
     *
     * @throws IllegalArgumentException with the line, for an unterminated literal, quote or comment,
     *                                  or a psql meta-command
     */
    public static Section split(String text, int start, int line) {
        return new SqlScriptSplitter(text, start, line).section();
    }

    private Section section() {
        List<Piece> statements = new ArrayList<>();
        while (true) {
            skipSpaceAndComments();
            if (position >= text.length()) return new Section(statements, Optional.empty());
            if (atDownMarker()) {
                int end = text.indexOf('\n', position);
                return new Section(statements, Optional.of(end < 0 ? text.length() : end + 1));
            }
            if (text.charAt(position) == ';') {
                position++;
                continue;
            }
            statements.add(statement());
        }
    }

    /** Reads one statement, from its first token up to (and past) its semicolon. */
    private Piece statement() {
        int start = position;
        int startLine = line;
        if (text.charAt(position) == '\\') {
            throw new IllegalArgumentException("line " + line + ": psql meta-commands such as "
                    + firstWord(position + 1) + " do not run here (only SQL statements do)");
        }
        int end = position;
        int parens = 0;
        FunctionBody body = new FunctionBody();
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == ';' && parens == 0 && !body.inside()) {
                position++;
                break;
            }
            if (isLineComment() || isBlockComment()) {
                if (isLineComment() && atDownMarker()) break;
                skipComment();
                continue;
            }
            if (Character.isWhitespace(c)) {
                advance();
                continue;
            }
            if (c == '(') parens++;
            if (c == ')') parens = Math.max(0, parens - 1);
            if (c == '\'') {
                quoted('\'', backslashEscapes(start));
            } else if (c == '"') {
                quoted('"', false);
            } else if (c == '$' && !followsWordCharacter(start) && dollarTag().isPresent()) {
                dollarQuoted(dollarTag().get());
            } else if (isWordStart(c)) {
                String word = word();
                if (parens == 0) body.see(word);
            } else {
                advance();
            }
            end = position;
        }
        return new Piece(text.substring(start, end), startLine);
    }

    /**
     * psql's rule for SQL-standard function bodies: once the statement starts with
     * {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE}, a {@code BEGIN} opens a block that the
     * matching {@code END} closes, and a {@code CASE} inside it needs its own {@code END}.
     */
    private static final class FunctionBody {
        private final List<String> leading = new ArrayList<>();
        private int depth;

        void see(String word) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (leading.size() < 4) leading.add(lower);
            if (!createsRoutine()) return;
            switch (lower) {
                case "begin" -> depth++;
                case "case" -> depth += depth > 0 ? 1 : 0;
                case "end" -> depth = Math.max(0, depth - 1);
                default -> {
                }
            }
        }

        private boolean createsRoutine() {
            if (leading.size() < 2 || !leading.get(0).equals("create")) return false;
            if (routine(leading.get(1))) return true;
            return leading.size() >= 4 && leading.get(1).equals("or") && leading.get(2).equals("replace")
                    && routine(leading.get(3));
        }

        private static boolean routine(String word) {
            return word.equals("function") || word.equals("procedure");
        }

        boolean inside() {
            return depth > 0;
        }
    }

    private void skipSpaceAndComments() {
        while (position < text.length()) {
            if (Character.isWhitespace(text.charAt(position))) {
                advance();
            } else if (isLineComment() && !atDownMarker() || isBlockComment()) {
                skipComment();
            } else {
                return;
            }
        }
    }

    private boolean isLineComment() {
        return text.startsWith("--", position);
    }

    private boolean isBlockComment() {
        return text.startsWith("/*", position);
    }

    /** Whether a line comment here is the whole of its line and says {@code migrata:down}. */
    private boolean atDownMarker() {
        if (!isLineComment()) return false;
        int lineStart = text.lastIndexOf('\n', position - 1) + 1;
        if (!text.substring(lineStart, position).isBlank()) return false;
        int end = text.indexOf('\n', position);
        String comment = text.substring(position + 2, end < 0 ? text.length() : end).strip();
        return comment.equalsIgnoreCase(DOWN_MARKER);
    }

    private void skipComment() {
        int startLine = line;
        if (isLineComment()) {
            while (position < text.length() && text.charAt(position) != '\n') position++;
            return;
        }
        int depth = 0;
        while (position < text.length()) {
            if (text.startsWith("/*", position)) {
                depth++;
                position += 2;
            } else if (text.startsWith("*/", position)) {
                depth--;
                position += 2;
                if (depth == 0) return;
            } else {
                advance();
            }
        }
        throw new IllegalArgumentException("line " + startLine + ": a /* comment is never closed");
    }

    /** A literal or quoted identifier; a doubled quote stands for itself, and so may a backslash pair. */
    private void quoted(char quote, boolean backslashes) {
        int startLine = line;
        position++;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (backslashes && c == '\\' && position + 1 < text.length()) {
                advance();
                advance();
            } else if (c == quote) {
                position++;
                if (position < text.length() && text.charAt(position) == quote) {
                    position++;
                } else {
                    return;
                }
            } else {
                advance();
            }
        }
        throw new IllegalArgumentException("line " + startLine + ": a " + (quote == '"' ? "quoted identifier" : "string literal")
                + " starting here is never closed");
    }

    /** {@code E'…'}: the literal right after a lone {@code E} (not the end of a longer word). */
    private boolean backslashEscapes(int statementStart) {
        if (position <= statementStart || Character.toLowerCase(text.charAt(position - 1)) != 'e') return false;
        return position - 1 == statementStart || !isWordCharacter(text.charAt(position - 2));
    }

    private boolean followsWordCharacter(int statementStart) {
        return position > statementStart && isWordCharacter(text.charAt(position - 1));
    }

    /** The tag at a {@code $}: {@code $$} or {@code $name$}; absent for {@code $1} and other dollars. */
    private Optional<String> dollarTag() {
        int end = position + 1;
        if (end < text.length() && isWordStart(text.charAt(end))) {
            while (end < text.length() && isWordCharacter(text.charAt(end)) && text.charAt(end) != '$') end++;
        }
        if (end < text.length() && text.charAt(end) == '$') return Optional.of(text.substring(position, end + 1));
        return Optional.empty();
    }

    private void dollarQuoted(String tag) {
        int startLine = line;
        position += tag.length();
        while (position < text.length()) {
            if (text.startsWith(tag, position)) {
                position += tag.length();
                return;
            }
            advance();
        }
        throw new IllegalArgumentException("line " + startLine + ": the " + tag + " quote starting here is never closed");
    }

    private String word() {
        int start = position;
        while (position < text.length() && isWordCharacter(text.charAt(position))) position++;
        return text.substring(start, position);
    }

    private String firstWord(int from) {
        int end = from;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) end++;
        return "\\" + text.substring(from, end);
    }

    private void advance() {
        if (text.charAt(position) == '\n') line++;
        position++;
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isWordCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
