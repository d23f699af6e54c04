package io.migrata.entities.sql;

import io.migrata.entities.sql.Expr.LiteralKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A recursive-descent parser for the SQL found in column defaults, CHECK constraints and index
 * expressions, with PostgreSQL's operator precedence. It covers literals, columns, function calls,
 * casts, comparisons, arithmetic, AND/OR/NOT, IN, BETWEEN, LIKE, IS NULL, ARRAY and ANY/ALL; anything
 * else raises {@link UnsupportedExpressionException}.
 */
final class SqlParser {

    private static final Set<String> VALUE_FUNCTIONS = Set.of("current_timestamp", "current_date", "current_time",
            "localtimestamp", "localtime", "current_user", "session_user", "current_role", "user");
    private static final Set<String> COMPARISONS = Set.of("=", "<>", "!=", "<", "<=", ">", ">=");

    private final List<SqlLexer.Token> tokens;
    private int position;

    private SqlParser(String sql) {
        this.tokens = SqlLexer.tokenize(sql);
    }

    static Expr parse(String sql) {
        SqlParser parser = new SqlParser(sql);
        Expr expr = parser.or();
        if (!parser.atEnd()) throw new UnsupportedExpressionException("unexpected '" + parser.peek().text() + "' in " + sql);
        return expr;
    }

    private Expr or() {
        List<Expr> args = new ArrayList<>(List.of(and()));
        while (keyword("or")) args.add(and());
        return args.size() == 1 ? args.get(0) : new Expr.Logical(false, flatten(args, false));
    }

    private Expr and() {
        List<Expr> args = new ArrayList<>(List.of(not()));
        while (keyword("and")) args.add(not());
        return args.size() == 1 ? args.get(0) : new Expr.Logical(true, flatten(args, true));
    }

    /** PostgreSQL's grammar merges a left operand that is already an AND (or OR) into one list. */
    private static List<Expr> flatten(List<Expr> args, boolean and) {
        if (args.get(0) instanceof Expr.Logical left && left.and() == and) {
            List<Expr> merged = new ArrayList<>(left.args());
            merged.addAll(args.subList(1, args.size()));
            return merged;
        }
        return args;
    }

    private Expr not() {
        if (keyword("not")) return new Expr.Not(not());
        return isNull();
    }

    private Expr isNull() {
        Expr left = comparison();
        while (true) {
            if (keyword("isnull")) {
                left = new Expr.IsNull(left, false);
            } else if (keyword("notnull")) {
                left = new Expr.IsNull(left, true);
            } else if (peekKeyword("is")) {
                position++;
                boolean negated = keyword("not");
                expectKeyword("null");
                left = new Expr.IsNull(left, negated);
            } else {
                return left;
            }
        }
    }

    private Expr comparison() {
        Expr left = pattern();
        if (peek() != null && peek().isOperator() && COMPARISONS.contains(peek().text())) {
            String op = next().text();
            if (op.equals("!=")) op = "<>";
            if (peekKeyword("any") || peekKeyword("all") || peekKeyword("some")) {
                boolean all = next().text().equals("all");
                expect("(");
                Expr array = or();
                expect(")");
                return new Expr.Quantified(op, left, array, all);
            }
            return new Expr.Binary(op, left, pattern());
        }
        return left;
    }

    private Expr pattern() {
        Expr left = otherOperator();
        boolean negated = false;
        int mark = position;
        if (keyword("not")) negated = true;
        if (keyword("in")) {
            expect("(");
            List<Expr> values = new ArrayList<>(List.of(or()));
            while (symbol(",")) values.add(or());
            expect(")");
            return new Expr.In(left, values, negated);
        }
        if (keyword("between")) {
            Expr low = otherOperator();
            expectKeyword("and");
            return new Expr.Between(left, low, otherOperator(), negated);
        }
        if (keyword("like")) return new Expr.Binary(negated ? "!~~" : "~~", left, otherOperator());
        if (keyword("ilike")) return new Expr.Binary(negated ? "!~~*" : "~~*", left, otherOperator());
        position = mark;
        return left;
    }

    private Expr otherOperator() {
        Expr left = additive();
        while (peek() != null && peek().isOperator() && Set.of("||", "~~", "!~~", "~~*", "!~~*", "~", "!~").contains(peek().text())) {
            left = new Expr.Binary(next().text(), left, additive());
        }
        return left;
    }

    private Expr additive() {
        Expr left = multiplicative();
        while (peekSymbol("+") || peekSymbol("-")) left = new Expr.Binary(next().text(), left, multiplicative());
        return left;
    }

    private Expr multiplicative() {
        Expr left = unary();
        while (peekSymbol("*") || peekSymbol("/") || peekSymbol("%")) left = new Expr.Binary(next().text(), left, unary());
        return left;
    }

    private Expr unary() {
        if (symbol("-")) {
            Expr operand = unary();
            if (operand instanceof Expr.Literal literal
                    && (literal.kind() == LiteralKind.INTEGER || literal.kind() == LiteralKind.NUMERIC)) {
                String text = literal.text().startsWith("-") ? literal.text().substring(1) : "-" + literal.text();
                return new Expr.Literal(literal.kind(), text);
            }
            throw new UnsupportedExpressionException("unary minus on an expression");
        }
        if (symbol("+")) return unary();
        return postfix();
    }

    private Expr postfix() {
        Expr expr = primary();
        while (symbol("::")) expr = new Expr.Cast(expr, typeName());
        return expr;
    }

    private Expr primary() {
        SqlLexer.Token token = next();
        if (token == null) throw new UnsupportedExpressionException("expression ends too early");
        switch (token.kind()) {
            case NUMBER:
                boolean decimal = token.text().contains(".") || token.text().toLowerCase(Locale.ROOT).contains("e");
                return new Expr.Literal(decimal ? LiteralKind.NUMERIC : LiteralKind.INTEGER, token.text());
            case STRING:
                return new Expr.Literal(LiteralKind.STRING, token.text());
            case SYMBOL:
                if (token.text().equals("(")) {
                    Expr inner = or();
                    expect(")");
                    return inner;
                }
                throw new UnsupportedExpressionException("unexpected '" + token.text() + "'");
            case QUOTED_IDENTIFIER:
                return identifierTail(token.text());
            default:
                return word(token.text());
        }
    }

    private Expr word(String word) {
        switch (word) {
            case "true", "false":
                return new Expr.Literal(LiteralKind.BOOLEAN, word);
            case "null":
                return new Expr.Literal(LiteralKind.NULL, "null");
            case "array":
                expect("[");
                List<Expr> elements = new ArrayList<>();
                if (!peekSymbol("]")) {
                    elements.add(or());
                    while (symbol(",")) elements.add(or());
                }
                expect("]");
                return new Expr.ArrayOf(elements);
            case "cast":
                expect("(");
                Expr arg = or();
                expectKeyword("as");
                String type = typeName();
                expect(")");
                return new Expr.Cast(arg, type);
            default:
                if (VALUE_FUNCTIONS.contains(word)) {
                    String precision = null;
                    if (peekSymbol("(")) {
                        position++;
                        precision = next().text();
                        expect(")");
                    }
                    return new Expr.ValueFunction(word.toUpperCase(Locale.ROOT), precision);
                }
                return identifierTail(word);
        }
    }

    private Expr identifierTail(String name) {
        String qualified = name;
        while (symbol(".")) qualified = qualified + "." + next().text();
        if (symbol("(")) {
            List<Expr> args = new ArrayList<>();
            if (!peekSymbol(")")) {
                args.add(or());
                while (symbol(",")) args.add(or());
            }
            expect(")");
            return new Expr.Call(qualified, args);
        }
        if (qualified.contains(".")) throw new UnsupportedExpressionException("qualified column " + qualified);
        return new Expr.Column(name);
    }

    /** A type name after {@code ::} or {@code AS}, lower case, with its modifiers and array brackets. */
    private String typeName() {
        StringBuilder type = new StringBuilder(next().text());
        while (symbol(".")) type.append('.').append(next().text());
        String first = type.toString();
        if ((first.equals("character") || first.equals("bit")) && keyword("varying")) type.append(" varying");
        if (first.equals("double") && keyword("precision")) type.append(" precision");
        if (peekSymbol("(")) {
            type.append(next().text());
            while (!peekSymbol(")")) type.append(next().text());
            type.append(next().text());
        }
        if ((first.equals("timestamp") || first.equals("time")) && (peekKeyword("with") || peekKeyword("without"))) {
            type.append(' ').append(next().text());
            expectKeyword("time");
            expectKeyword("zone");
            type.append(" time zone");
        }
        while (symbol("[")) {
            expect("]");
            type.append("[]");
        }
        return type.toString();
    }

    private boolean atEnd() {
        return position >= tokens.size();
    }

    private SqlLexer.Token peek() {
        return atEnd() ? null : tokens.get(position);
    }

    private SqlLexer.Token next() {
        return atEnd() ? null : tokens.get(position++);
    }

    private boolean peekKeyword(String word) {
        SqlLexer.Token token = peek();
        return token != null && token.kind() == SqlLexer.Kind.WORD && token.text().equals(word);
    }

    private boolean keyword(String word) {
        if (!peekKeyword(word)) return false;
        position++;
        return true;
    }

    private void expectKeyword(String word) {
        if (!keyword(word)) throw new UnsupportedExpressionException("expected " + word.toUpperCase(Locale.ROOT));
    }

    private boolean peekSymbol(String symbol) {
        SqlLexer.Token token = peek();
        return token != null && (token.kind() == SqlLexer.Kind.SYMBOL || token.isOperator()) && token.text().equals(symbol);
    }

    private boolean symbol(String symbol) {
        if (!peekSymbol(symbol)) return false;
        position++;
        return true;
    }

    private void expect(String symbol) {
        if (!symbol(symbol)) throw new UnsupportedExpressionException("expected '" + symbol + "'");
    }
}
