package io.migrata.entities.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits SQL into tokens; unquoted words are folded to lower case as PostgreSQL does.
 *
 * @throws IllegalArgumentException from {@link #tokenize} at an unterminated string or quoted name, or a character SQL has no use for
 */
final class SqlLexer {

    enum Kind { WORD, QUOTED_IDENTIFIER, NUMBER, STRING, OPERATOR, SYMBOL }

    record Token(Kind kind, String text) {
    }

    private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|`?";

    private SqlLexer() {
    }

    static List<Token> tokenize(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                StringBuilder text = new StringBuilder();
                i++;
                while (true) {
                    if (i >= sql.length()) throw new IllegalArgumentException("unterminated string in " + sql);
                    char s = sql.charAt(i++);
                    if (s == '\'') {
                        if (i < sql.length() && sql.charAt(i) == '\'') {
                            text.append('\'');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        text.append(s);
                    }
                }
                tokens.add(new Token(Kind.STRING, text.toString()));
            } else if (c == '"') {
                int end = sql.indexOf('"', i + 1);
                if (end < 0) throw new IllegalArgumentException("unterminated quoted name in " + sql);
                tokens.add(new Token(Kind.QUOTED_IDENTIFIER, sql.substring(i + 1, end)));
                i = end + 1;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < sql.length() && Character.isDigit(sql.charAt(i + 1)))) {
                int start = i;
                while (i < sql.length() && (Character.isDigit(sql.charAt(i)) || sql.charAt(i) == '.')) i++;
                if (i < sql.length() && (sql.charAt(i) == 'e' || sql.charAt(i) == 'E')) {
                    i++;
                    if (i < sql.length() && (sql.charAt(i) == '+' || sql.charAt(i) == '-')) i++;
                    while (i < sql.length() && Character.isDigit(sql.charAt(i))) i++;
                }
                tokens.add(new Token(Kind.NUMBER, sql.substring(start, i)));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) i++;
                tokens.add(new Token(Kind.WORD, sql.substring(start, i).toLowerCase(Locale.ROOT)));
            } else if (c == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
                tokens.add(new Token(Kind.SYMBOL, "::"));
                i += 2;
            } else if ("(),[].".indexOf(c) >= 0) {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c)));
                i++;
            } else if (OPERATOR_CHARS.indexOf(c) >= 0) {
                int start = i;
                while (i < sql.length() && OPERATOR_CHARS.indexOf(sql.charAt(i)) >= 0) i++;
                String op = sql.substring(start, i);
                // "x>-1": PostgreSQL splits a trailing minus off a multi-character operator.
                if (op.length() > 1 && op.endsWith("-") && !op.equals("--")) {
                    op = op.substring(0, op.length() - 1);
                    i--;
                }
                tokens.add(new Token(Kind.OPERATOR, op));
            } else {
                throw new IllegalArgumentException("unexpected character '" + c + "' in " + sql);
            }
        }
        return tokens;
    }
}
