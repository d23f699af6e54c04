package io.migrata.diff;

import io.migrata.schema.QualifiedName;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The text form of {@link RenameHint}: a few tokens (names, dots, {@code ->}, quoted labels). */
final class RenameHintParser {

    private enum Type { NAME, WORD, DOT, ARROW, LABEL }

    /** {@code WORD} is an unquoted name, which may also be a key word ({@code table}, {@code enum}, {@code column}). */
    private record Token(Type type, String text) {
        boolean isName() {
            return type == Type.NAME || type == Type.WORD;
        }
    }

    private static final String FORMS = "write \"[schema.]table.column -> new_column\", \"table [schema.]table -> new_name\""
            + " or \"enum [schema.]type 'label' -> 'new label'\"";

    private final String text;
    private final String defaultSchema;
    private final List<Token> tokens;
    private int at;

    RenameHintParser(String text, String defaultSchema) {
        this.text = text;
        this.defaultSchema = defaultSchema;
        this.tokens = tokenize(text);
    }

    RenameHint parse() {
        try {
            RenameHint hint = parseHint();
            if (at != tokens.size()) throw problem("unexpected text after the new name");
            return hint;
        } catch (IllegalArgumentException e) {
            if (e instanceof InvalidRenameHintException) throw e;
            throw problem(e.getMessage());
        }
    }

    private RenameHint parseHint() {
        if (keyword("table")) {
            QualifiedName table = qualified(names(1, 2));
            expect(Type.ARROW);
            List<String> target = names(1, 2);
            if (target.size() == 2 && !target.get(0).equals(table.schema())) {
                throw problem("a renamed table stays in schema " + table.schema());
            }
            return RenameHint.table(table, target.get(target.size() - 1));
        }
        if (keyword("enum")) {
            QualifiedName type = qualified(names(1, 2));
            String from = expect(Type.LABEL);
            expect(Type.ARROW);
            return RenameHint.enumLabel(type, from, expect(Type.LABEL));
        }
        keyword("column");
        List<String> source = names(2, 3);
        QualifiedName table = qualified(source.subList(0, source.size() - 1));
        expect(Type.ARROW);
        List<String> target = names(1, 3);
        if (target.size() > 1 && !qualified(target.subList(0, target.size() - 1)).equals(table)) {
            throw problem("a column hint renames a column within its table; rename the table with its own hint");
        }
        return RenameHint.column(table, source.get(source.size() - 1), target.get(target.size() - 1));
    }

    /** A key word counts only where a name follows it, so a table called "enum" still reads as a column hint. */
    private boolean keyword(String word) {
        if (at + 1 < tokens.size() && tokens.get(at).type == Type.WORD && tokens.get(at).text.equals(word)
                && tokens.get(at + 1).isName()) {
            at++;
            return true;
        }
        return false;
    }

    private List<String> names(int min, int max) {
        List<String> names = new ArrayList<>();
        names.add(name());
        while (at < tokens.size() && tokens.get(at).type == Type.DOT) {
            at++;
            names.add(name());
        }
        if (names.size() < min || names.size() > max) {
            throw problem("expected a name of " + min + (min == max ? "" : " to " + max) + " dotted parts, found "
                    + String.join(".", names));
        }
        return names;
    }

    private QualifiedName qualified(List<String> parts) {
        return parts.size() == 1 ? QualifiedName.of(defaultSchema, parts.get(0)) : QualifiedName.of(parts.get(0), parts.get(1));
    }

    private String name() {
        if (at >= tokens.size() || !tokens.get(at).isName()) throw problem("expected a name");
        return tokens.get(at++).text;
    }

    private String expect(Type type) {
        if (at >= tokens.size() || tokens.get(at).type != type) {
            throw problem("expected " + (type == Type.ARROW ? "->" : type == Type.LABEL ? "a quoted label" : type.name().toLowerCase(Locale.ROOT)));
        }
        return tokens.get(at++).text;
    }

    private InvalidRenameHintException problem(String what) {
        return new InvalidRenameHintException("rename hint \"" + text + "\" is not understood (" + what + "): " + FORMS);
    }

    private List<Token> tokenize(String source) {
        List<Token> found = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '.') {
                found.add(new Token(Type.DOT, "."));
                i++;
            } else if (source.startsWith("->", i)) {
                found.add(new Token(Type.ARROW, "->"));
                i += 2;
            } else if (c == '"' || c == '\'') {
                StringBuilder quoted = new StringBuilder();
                i = readQuoted(source, i, c, quoted);
                found.add(new Token(c == '"' ? Type.NAME : Type.LABEL, quoted.toString()));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < source.length() && (Character.isLetterOrDigit(source.charAt(i)) || source.charAt(i) == '_'
                        || source.charAt(i) == '$')) {
                    i++;
                }
                found.add(new Token(Type.WORD, source.substring(start, i).toLowerCase(Locale.ROOT)));
            } else {
                throw problem("unexpected character '" + c + "'");
            }
        }
        return found;
    }

    /** Reads a quoted name or label starting at {@code start}; a doubled quote stands for one. */
    private int readQuoted(String source, int start, char quote, StringBuilder into) {
        int i = start + 1;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == quote) {
                if (i + 1 < source.length() && source.charAt(i + 1) == quote) {
                    into.append(quote);
                    i += 2;
                    continue;
                }
                if (into.length() == 0) throw problem("empty quoted name");
                return i + 1;
            }
            into.append(c);
            i++;
        }
        throw problem("unclosed " + quote);
    }
}
