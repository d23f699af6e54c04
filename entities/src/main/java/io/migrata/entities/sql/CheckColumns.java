package io.migrata.entities.sql;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns an unnamed CHECK reads, which decide the name PostgreSQL gives it: after its column
 * when it reads exactly one ({@code <table>_<column>_check}), after the table otherwise. The
 * expression itself is not interpreted here (PostgreSQL spells it, on a scratch database); a name of
 * one of the table's columns counts unless it is called ({@code name(}), a cast's type
 * ({@code ::name}) or part of a qualified name ({@code s.name}, {@code name.f}).
 *
 * <pre>{@code
 * CheckColumns.read("length(code) between 1 and 8", Set.of("code", "length")); // [code]
 * }</pre>
 */
public final class CheckColumns {

    private CheckColumns() {
    }

    /** The distinct columns of {@code table} the expression reads, in order; none for text that does not even split into SQL tokens. */
    public static List<String> read(String expression, Collection<String> table) {
        List<SqlLexer.Token> tokens;
        try {
            tokens = SqlLexer.tokenize(expression);
        } catch (IllegalArgumentException e) {
            // PostgreSQL refuses such text when the workflow has it spell the check, naming it.
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            SqlLexer.Token token = tokens.get(i);
            boolean name = token.kind() == SqlLexer.Kind.WORD || token.kind() == SqlLexer.Kind.QUOTED_IDENTIFIER;
            if (!name || !table.contains(token.text())) continue;
            String before = i == 0 ? "" : tokens.get(i - 1).text();
            String after = i + 1 == tokens.size() ? "" : tokens.get(i + 1).text();
            boolean symbolBefore = i > 0 && tokens.get(i - 1).kind() == SqlLexer.Kind.SYMBOL;
            boolean symbolAfter = i + 1 < tokens.size() && tokens.get(i + 1).kind() == SqlLexer.Kind.SYMBOL;
            if (symbolAfter && (after.equals("(") || after.equals("."))) continue;
            if (symbolBefore && (before.equals("::") || before.equals("."))) continue;
            found.add(token.text());
        }
        return List.copyOf(found);
    }
}
