package io.migrata.entities.sql;

import io.migrata.entities.sql.Expr.LiteralKind;
import io.migrata.entities.sql.PgType.Category;
import io.migrata.schema.Identifiers;
import io.migrata.schema.SqlType;
import io.migrata.schema.TypeRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Prints SQL expressions the way PostgreSQL stores and prints them ({@code pg_get_expr()}): every
 * operator in parentheses, the casts its operator resolution adds ({@code (status)::text},
 * {@code (0)::numeric}), {@code IN} lists as {@code = ANY (ARRAY[...])}, {@code BETWEEN} as two
 * comparisons, constants labelled with their type ({@code 'ACTIVE'::character varying}). It models
 * the common built-in types and operators; anything else raises {@link UnsupportedExpressionException}.
 *
 * <pre>{@code
 * PgExpressions.check("status in ('A','B')", Map.of("status", "character varying(255)")::get);
 * // ((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))
 * }</pre>
 */
public final class PgExpressions {

    private static final Set<String> TEXT_FUNCTIONS = Set.of("lower", "upper", "btrim", "ltrim", "rtrim", "md5",
            "reverse", "initcap");
    private static final Set<String> LENGTH_FUNCTIONS = Set.of("length", "char_length", "octet_length");
    private static final Map<String, String> VALUE_FUNCTION_TYPES = Map.of(
            "CURRENT_TIMESTAMP", "timestamp with time zone", "CURRENT_DATE", "date",
            "CURRENT_TIME", "time with time zone", "LOCALTIMESTAMP", "timestamp without time zone",
            "LOCALTIME", "time without time zone", "CURRENT_USER", "name", "SESSION_USER", "name",
            "CURRENT_ROLE", "name", "USER", "name");

    private static final Map<String, Integer> PRECEDENCE = Map.ofEntries(
            Map.entry("*", 5), Map.entry("/", 5), Map.entry("%", 5), Map.entry("+", 4), Map.entry("-", 4),
            Map.entry("||", 3), Map.entry("~~", 3), Map.entry("!~~", 3), Map.entry("~~*", 3), Map.entry("!~~*", 3),
            Map.entry("=", 1), Map.entry("<>", 1), Map.entry("<", 1), Map.entry("<=", 1), Map.entry(">", 1), Map.entry(">=", 1));

    private final Function<String, String> columnTypes;
    private final String defaultSchema;
    private final boolean pretty;

    private PgExpressions(Function<String, String> columnTypes, String defaultSchema, boolean pretty) {
        this.columnTypes = columnTypes;
        this.defaultSchema = defaultSchema;
        this.pretty = pretty;
    }

    /**
     * A CHECK condition as {@code pg_get_expr(conbin)} prints it; {@code columnTypes} gives each
     * column's canonical type spelling (or {@code null} for no such column).
     */
    public static String check(String sql, Function<String, String> columnTypes, String defaultSchema) {
        PgExpressions printer = new PgExpressions(columnTypes, defaultSchema, false);
        return settled(sql, text -> printer.analyze(SqlParser.parse(text)).hidden());
    }

    /**
     * The text PostgreSQL keeps once a migration writes the printed text back: the stored text of
     * an expression does not always parse to itself ({@code a BETWEEN 0 AND 9 AND b} is stored as
     * {@code ((a >= 0) AND (a <= 9)) AND b}, which PostgreSQL's grammar flattens into one AND when
     * it reads it again), and a migration writes the stored text. Printing the printed text
     * again, as the grammar reads it, gives the form that stays.
     */
    private static String settled(String sql, java.util.function.UnaryOperator<String> print) {
        String text = print.apply(sql);
        for (int round = 0; round < 3; round++) {
            String again = print.apply(text);
            if (again.equals(text)) return text;
            text = again;
        }
        throw new UnsupportedExpressionException("its stored form changes each time it is read back");
    }

    /**
     * An index key expression as {@code pg_get_indexdef(index, n, true)} prints it: the pretty form,
     * with parentheses only where precedence needs them, and around the whole key unless it is a
     * function call or a column.
     */
    public static String indexExpression(String sql, Function<String, String> columnTypes, String defaultSchema) {
        PgExpressions printer = new PgExpressions(columnTypes, defaultSchema, true);
        return settled(sql, text -> {
            Typed key = printer.analyze(SqlParser.parse(text));
            return key.precedence() == 0 ? key.hidden() : "(" + key.hidden() + ")";
        });
    }

    /** A column default as {@code pg_get_expr(adbin)} prints it, for a column of the given type. */
    public static String defaultValue(String sql, String columnType, String defaultSchema) {
        PgExpressions printer = new PgExpressions(name -> null, defaultSchema, false);
        return settled(sql, text -> {
            Typed value = printer.analyze(SqlParser.parse(text));
            return value.isUntypedLiteral() ? constant(PgType.ofColumn(columnType), value.literal()) : value.hidden();
        });
    }

    /** The distinct columns an expression reads, in order of appearance. */
    public static List<String> columns(String sql) {
        Set<String> found = new LinkedHashSet<>();
        collectColumns(SqlParser.parse(sql), found);
        return List.copyOf(found);
    }

    private static void collectColumns(Expr expr, Set<String> found) {
        if (expr instanceof Expr.Column column) {
            found.add(column.name());
        } else if (expr instanceof Expr.Call call) {
            call.args().forEach(a -> collectColumns(a, found));
        } else if (expr instanceof Expr.Binary binary) {
            collectColumns(binary.left(), found);
            collectColumns(binary.right(), found);
        } else if (expr instanceof Expr.Logical logical) {
            logical.args().forEach(a -> collectColumns(a, found));
        } else if (expr instanceof Expr.Not not) {
            collectColumns(not.arg(), found);
        } else if (expr instanceof Expr.In in) {
            collectColumns(in.left(), found);
            in.values().forEach(v -> collectColumns(v, found));
        } else if (expr instanceof Expr.Between between) {
            collectColumns(between.value(), found);
            collectColumns(between.low(), found);
            collectColumns(between.high(), found);
        } else if (expr instanceof Expr.IsNull isNull) {
            collectColumns(isNull.arg(), found);
        } else if (expr instanceof Expr.Cast cast) {
            collectColumns(cast.arg(), found);
        } else if (expr instanceof Expr.ArrayOf array) {
            array.elements().forEach(e -> collectColumns(e, found));
        } else if (expr instanceof Expr.Quantified quantified) {
            collectColumns(quantified.left(), found);
            collectColumns(quantified.array(), found);
        }
    }

    /**
     * An analysed expression. {@code shown} is how it prints as an operator or function argument,
     * where PostgreSQL spells out implicit casts; {@code hidden} is how it prints at the top level or
     * under AND/OR/NOT, where implicit casts are left out.
     */
    private record Typed(String shown, String hidden, PgType type, String literal, boolean column, int precedence) {

        static Typed of(String sql, PgType type) {
            return new Typed(sql, sql, type, null, false, 0);
        }

        static Typed operator(String sql, PgType type, int precedence) {
            return new Typed(sql, sql, type, null, false, precedence);
        }

        boolean isUntypedLiteral() {
            return type.category() == Category.UNKNOWN && literal != null;
        }
    }

    private Typed analyze(Expr expr) {
        if (expr instanceof Expr.Column column) return column(column.name());
        if (expr instanceof Expr.Literal literal) return literal(literal);
        if (expr instanceof Expr.ValueFunction function) {
            String sql = function.keyword() + (function.precision() == null ? "" : "(" + function.precision() + ")");
            return Typed.of(sql, PgType.ofColumn(VALUE_FUNCTION_TYPES.get(function.keyword())));
        }
        if (expr instanceof Expr.Call call) return call(call);
        if (expr instanceof Expr.Binary binary) return binary(binary.op(), analyze(binary.left()), analyze(binary.right()));
        if (expr instanceof Expr.Logical logical) {
            String joined = logical.args().stream().map(a -> condition(analyze(a)).hidden())
                    .collect(Collectors.joining(logical.and() ? " AND " : " OR "));
            return Typed.of("(" + joined + ")", PgType.BOOLEAN);
        }
        if (expr instanceof Expr.Not not) return Typed.of("(NOT " + condition(analyze(not.arg())).hidden() + ")", PgType.BOOLEAN);
        if (expr instanceof Expr.IsNull isNull) {
            return Typed.of("(" + analyze(isNull.arg()).hidden() + (isNull.negated() ? " IS NOT NULL)" : " IS NULL)"),
                    PgType.BOOLEAN);
        }
        if (expr instanceof Expr.Between between) {
            Expr low = new Expr.Binary(between.negated() ? "<" : ">=", between.value(), between.low());
            Expr high = new Expr.Binary(between.negated() ? ">" : "<=", between.value(), between.high());
            return analyze(new Expr.Logical(!between.negated(), List.of(low, high)));
        }
        if (expr instanceof Expr.In in) return in(in);
        if (expr instanceof Expr.Cast cast) return cast(analyze(cast.arg()), SqlType.ofWritten(cast.type(), defaultSchema).spelling());
        if (expr instanceof Expr.ArrayOf array) return array(array.elements().stream().map(this::analyze).toList());
        if (expr instanceof Expr.Quantified quantified) {
            return quantified(quantified.op(), analyze(quantified.left()), analyze(quantified.array()), quantified.all());
        }
        throw new UnsupportedExpressionException("expression " + expr);
    }

    /** An operand of AND, OR or NOT: a constant is read as a boolean ({@code 'yes'} is {@code true}). */
    private Typed condition(Typed operand) {
        if (operand.type().category() == Category.BOOLEAN) return operand;
        if (operand.type().category() == Category.UNKNOWN) return coerce(operand, PgType.BOOLEAN);
        throw new UnsupportedExpressionException("a condition of type " + operand.type().name());
    }

    private Typed column(String name) {
        String spelling = columnTypes.apply(name);
        if (spelling == null) throw new UnsupportedExpressionException("unknown column " + name);
        String sql = Identifiers.quote(name);
        return new Typed(sql, sql, PgType.ofColumn(spelling), null, true, 0);
    }

    private static Typed literal(Expr.Literal literal) {
        switch (literal.kind()) {
            case INTEGER: {
                BigDecimal value = new BigDecimal(literal.text());
                if (value.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0
                        && value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
                    return Typed.of(constant(PgType.INTEGER, literal.text()), PgType.INTEGER);
                }
                if (value.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0
                        && value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
                    return Typed.of(constant(PgType.BIGINT, literal.text()), PgType.BIGINT);
                }
                return Typed.of(constant(PgType.NUMERIC, literal.text()), PgType.NUMERIC);
            }
            case NUMERIC:
                return Typed.of(constant(PgType.NUMERIC, new BigDecimal(literal.text()).toPlainString()), PgType.NUMERIC);
            case BOOLEAN:
                return Typed.of(literal.text(), PgType.BOOLEAN);
            case NULL:
                return new Typed("NULL", "NULL", PgType.UNKNOWN, null, false, 0);
            default:
                String quoted = quote(literal.text());
                return new Typed(quoted, quoted, PgType.UNKNOWN, literal.text(), false, 0);
        }
    }

    private Typed call(Expr.Call call) {
        List<Typed> args = call.args().stream().map(this::analyze).toList();
        String name = call.name();
        if (name.equals("coalesce")) {
            PgType common = commonType(args);
            List<Typed> coerced = args.stream().map(a -> coerce(a, common)).toList();
            return Typed.of("COALESCE(" + join(coerced) + ")", common);
        }
        if ((TEXT_FUNCTIONS.contains(name) || LENGTH_FUNCTIONS.contains(name)) && !args.isEmpty()) {
            List<Typed> coerced = new ArrayList<>(args);
            if (args.get(0).type().isString() || args.get(0).type().category() == Category.UNKNOWN) {
                coerced.set(0, coerce(args.get(0), PgType.TEXT));
            }
            PgType result = LENGTH_FUNCTIONS.contains(name) ? PgType.INTEGER : PgType.TEXT;
            return Typed.of(name + "(" + join(coerced) + ")", result);
        }
        PgFunctions.Signature signature = PgFunctions.resolve(name, args.stream().map(Typed::type).toList());
        List<Typed> coerced = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) coerced.add(coerce(args.get(i), signature.parameters().get(i)));
        return Typed.of(signature.printedName() + "(" + join(coerced) + ")", signature.result());
    }

    private Typed binary(String op, Typed left, Typed right) {
        switch (op) {
            case "=", "<>", "<", "<=", ">", ">=": {
                Typed[] pair = resolve(left, right);
                return operator(op, pair[0], pair[1], PgType.BOOLEAN);
            }
            case "+", "-", "*", "/", "%": {
                if (!left.type().isNumber() || !right.type().isNumber()) {
                    throw new UnsupportedExpressionException("arithmetic on " + left.type().name() + " and " + right.type().name());
                }
                Typed[] pair = resolve(left, right);
                PgType result = pair[0].type().rank() >= pair[1].type().rank() ? pair[0].type() : pair[1].type();
                return operator(op, pair[0], pair[1], result);
            }
            case "||", "~~", "!~~", "~~*", "!~~*": {
                Typed l = left.type().category() == Category.BPCHAR && !op.equals("||") ? left : toText(left);
                Typed r = toText(right);
                PgType result = op.equals("||") ? PgType.TEXT : PgType.BOOLEAN;
                return operator(op, l, r, result);
            }
            default:
                throw new UnsupportedExpressionException("operator " + op);
        }
    }

    /** Always parenthesized, or in pretty mode only where precedence (left-associative) needs it. */
    private Typed operator(String op, Typed left, Typed right, PgType result) {
        if (!pretty) return Typed.of("(" + left.shown() + " " + op + " " + right.shown() + ")", result);
        int precedence = PRECEDENCE.get(op);
        String l = left.precedence() != 0 && left.precedence() < precedence ? "(" + left.shown() + ")" : left.shown();
        String r = right.precedence() != 0 && right.precedence() <= precedence ? "(" + right.shown() + ")" : right.shown();
        return Typed.operator(l + " " + op + " " + r, result, precedence);
    }

    private Typed toText(Typed value) {
        if (value.type().isString() || value.type().category() == Category.UNKNOWN) return coerce(value, PgType.TEXT);
        throw new UnsupportedExpressionException("text operator on " + value.type().name());
    }

    /** IN with constants becomes {@code = ANY (ARRAY[...])}; with one value, a plain comparison. */
    private Typed in(Expr.In in) {
        if (in.values().size() == 1) {
            return binary(in.negated() ? "<>" : "=", analyze(in.left()), analyze(in.values().get(0)));
        }
        Typed left = analyze(in.left());
        List<Typed> values = in.values().stream().map(this::analyze).toList();
        if (values.stream().anyMatch(Typed::column)) throw new UnsupportedExpressionException("IN list with columns");
        List<Typed> all = new ArrayList<>(values);
        all.add(0, left);
        PgType common = commonType(all);
        Typed array = array(values.stream().map(v -> coerce(v, common)).toList(), common);
        return quantified(in.negated() ? "<>" : "=", coerce(left, common), array, in.negated());
    }

    private Typed quantified(String op, Typed left, Typed array, boolean all) {
        if (array.type().category() != Category.ARRAY) throw new UnsupportedExpressionException("ANY over a non-array");
        Typed element = Typed.of("", array.type().elementType());
        Typed[] pair = resolve(left, element);
        Typed coercedArray = pair[1].type().equals(element.type()) ? array : coerce(array, pair[1].type().arrayOf());
        String sql = "(" + pair[0].shown() + " " + op + (all ? " ALL (" : " ANY (") + coercedArray.shown() + "))";
        return Typed.of(sql, PgType.BOOLEAN);
    }

    private Typed array(List<Typed> elements) {
        PgType common = elements.isEmpty() ? PgType.TEXT : commonType(elements);
        return array(elements.stream().map(e -> coerce(e, common)).toList(), common);
    }

    private static Typed array(List<Typed> coercedElements, PgType elementType) {
        return Typed.of("ARRAY[" + join(coercedElements) + "]", elementType.arrayOf());
    }

    private Typed cast(Typed arg, String target) {
        PgType type = PgType.ofColumn(target);
        if (arg.isUntypedLiteral()) {
            boolean modified = target.contains("(");
            String value = modified ? quote(checkedConstant(type, arg.literal())) + "::" + target : constant(type, arg.literal());
            return Typed.of(value, type);
        }
        if (arg.type().name().equals(target)) return arg;
        // The pretty form (index keys) leaves the parentheses off a column or call, as for implicit casts.
        String sql = (pretty && arg.precedence() == 0 ? arg.hidden() : "(" + arg.hidden() + ")") + "::" + target;
        return Typed.of(sql, type);
    }

    /** The argument types PostgreSQL's operator resolution settles on for a comparison or arithmetic. */
    private Typed[] resolve(Typed left, Typed right) {
        PgType l = left.type();
        PgType r = right.type();
        if (l.category() == Category.UNKNOWN && r.category() == Category.UNKNOWN) {
            return new Typed[] {coerce(left, PgType.TEXT), coerce(right, PgType.TEXT)};
        }
        if (l.category() == Category.UNKNOWN || r.category() == Category.UNKNOWN) {
            PgType known = l.category() == Category.UNKNOWN ? r : l;
            PgType operand = known.category() == Category.VARCHAR ? PgType.TEXT : known;
            return new Typed[] {coerce(left, operand), coerce(right, operand)};
        }
        if (l.isNumber() && r.isNumber()) {
            if (l.category() == r.category()) return new Typed[] {left, right};
            PgType target = l.category() == Category.FLOAT || r.category() == Category.FLOAT ? PgType.DOUBLE : PgType.NUMERIC;
            return new Typed[] {
                l.category() == Category.FLOAT && target == PgType.DOUBLE ? left : coerce(left, target),
                r.category() == Category.FLOAT && target == PgType.DOUBLE ? right : coerce(right, target)};
        }
        if (l.isString() && r.isString()) {
            if (l.category() == Category.BPCHAR && r.category() == Category.BPCHAR) return new Typed[] {left, right};
            if (l.category() == Category.BPCHAR && r.category() == Category.VARCHAR) {
                return new Typed[] {left, coerce(right, l)};
            }
            if (r.category() == Category.BPCHAR && l.category() == Category.VARCHAR) {
                return new Typed[] {coerce(left, r), right};
            }
            return new Typed[] {coerce(left, PgType.TEXT), coerce(right, PgType.TEXT)};
        }
        if (l.name().equals(r.name())) return new Typed[] {left, right};
        throw new UnsupportedExpressionException("comparison of " + l.name() + " with " + r.name());
    }

    /** PostgreSQL's {@code select_common_type}: the most general type of the list; all-unknown is text. */
    private static PgType commonType(List<Typed> values) {
        PgType common = null;
        for (Typed value : values) {
            PgType type = value.type();
            if (type.category() == Category.UNKNOWN) continue;
            if (common == null) {
                common = type;
            } else if (!common.name().equals(type.name())) {
                if (common.isNumber() && type.isNumber()) {
                    if (generality(type) > generality(common)) common = type;
                } else if (!(common.isString() && type.isString())) {
                    throw new UnsupportedExpressionException("no common type for " + common.name() + " and " + type.name());
                }
            }
        }
        return common == null ? PgType.TEXT : common;
    }

    private static int generality(PgType type) {
        return switch (type.category()) {
            case INTEGER -> type.rank();
            case NUMERIC -> 10;
            case FLOAT -> 20 + type.rank();
            default -> 0;
        };
    }

    private Typed coerce(Typed value, PgType target) {
        if (value.type().name().equals(target.name())) return value;
        if (value.isUntypedLiteral()) return Typed.of(constant(target, value.literal()), target);
        if (value.type().category() == Category.UNKNOWN) return Typed.of("NULL::" + target.name(), target);
        String arg = pretty && value.precedence() == 0 ? value.hidden() : "(" + value.hidden() + ")";
        return new Typed(arg + "::" + target.name(), value.hidden(), target, null, value.column(), value.precedence());
    }

    /** A constant of a type as {@code get_const_expr} prints it: bare when it reads back as that type. */
    private static String constant(PgType type, String text) {
        switch (type.name()) {
            case "integer":
                if (text.matches("\\d+")) return text;
                if (text.matches("-\\d+")) return quote(text) + "::integer";
                break;
            case "numeric":
                if (text.matches("\\d+(\\.\\d*)?([eE][-+]?\\d+)?")) {
                    String plain = new BigDecimal(text).toPlainString();
                    if (plain.contains(".")) return plain;
                    return quote(plain) + "::numeric";
                }
                break;
            case "boolean":
                String lower = text.toLowerCase(Locale.ROOT).trim();
                if (Set.of("t", "true", "y", "yes", "on", "1").contains(lower)) return "true";
                if (Set.of("f", "false", "n", "no", "off", "0").contains(lower)) return "false";
                break;
            default:
                break;
        }
        return quote(checkedConstant(type, text)) + "::" + type.name();
    }

    /**
     * A constant PostgreSQL prints as written: strings, enum labels, and values already in the
     * type's output form. Any other (a {@code timestamptz}, printed in the session's time zone;
     * an {@code interval}, {@code '24 hours'} printed {@code '24:00:00'}; {@code jsonb} with its
     * keys sorted; an upper-case {@code uuid}) would differ from the catalog, so it is refused.
     */
    private static String checkedConstant(PgType type, String text) {
        if (type.isString() || type.category() == Category.OTHER && type.name().contains(".")) return text;
        SqlType sqlType = SqlType.of(type.name());
        if (TypeRules.isOutputForm(sqlType, text)) return text;
        throw new UnsupportedExpressionException("the constant '" + text + "' of type " + type.name()
                + (TypeRules.hasKnownOutputForm(sqlType) ? " is not written in the form PostgreSQL prints it"
                : " is printed by PostgreSQL in an output form Migrata does not compute"));
    }

    /**
     * The catalog's spelling of a literal, which the introspector reads with standard_conforming_strings
     * on, so both sides compare equal; the runner runs expressions under the same setting.
     */
    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String join(List<Typed> values) {
        return values.stream().map(Typed::shown).collect(Collectors.joining(", "));
    }
}
