package io.migrata.diff;

import io.migrata.schema.Identifiers;
import io.migrata.schema.SqlType;

import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What PostgreSQL does when a column changes type. {@code ALTER COLUMN … TYPE} converts the values
 * with an assignment cast unless a {@code USING} expression says how; where only an explicit cast
 * exists (text to integer, integer to boolean, text to an enum, …) the statement fails without one.
 * Some changes need no rewrite at all: the binary-coercible ones, where the stored bytes stay valid.
 *
 * <p>The knowledge here follows {@code pg_cast} (castcontext {@code i} and {@code a}) and the rule
 * that a conversion to a string type through the type's output function is an assignment cast, but
 * one from a string type is explicit only. Types it does not know (user types other than enums,
 * domains, extension types) are assumed to need {@code USING}: an explicit cast is never wrong
 * where an assignment cast would do.
 */
final class CastRules {

    private static final Set<String> STRINGS = Set.of("text", "character varying", "character", "name");
    private static final Set<String> NUMBERS = Set.of("smallint", "integer", "bigint", "numeric", "real", "double precision");
    private static final Set<String> INTEGERS = Set.of("smallint", "integer", "bigint");
    /** Pairs "from>to" of date and time types with an implicit or assignment cast. */
    private static final Set<String> TEMPORAL_CASTS = Set.of(
            "date>timestamp without time zone", "date>timestamp with time zone",
            "timestamp without time zone>date", "timestamp with time zone>date",
            "timestamp without time zone>timestamp with time zone", "timestamp with time zone>timestamp without time zone",
            "timestamp without time zone>time without time zone", "timestamp with time zone>time without time zone",
            "timestamp with time zone>time with time zone",
            "time without time zone>time with time zone", "time with time zone>time without time zone",
            "time without time zone>interval", "interval>time without time zone");
    private static final Set<String> OTHER_CASTS = Set.of(
            "json>jsonb", "jsonb>json", "cidr>inet", "inet>cidr", "bit>bit varying", "bit varying>bit",
            "integer>money", "bigint>money", "numeric>money", "money>numeric");
    private static final Pattern TYPMOD = Pattern.compile("\\(\\d+(?:,\\d+)?\\)");
    private static final Pattern VARCHAR = Pattern.compile("character varying(?:\\((\\d+)\\))?");
    private static final Pattern NUMERIC = Pattern.compile("numeric(?:\\((\\d+)(?:,(\\d+))?\\))?");
    private static final Pattern TEMPORAL = Pattern.compile("(timestamp|time)(?:\\((\\d)\\))? (with|without) time zone");
    private static final Pattern VARBIT = Pattern.compile("bit varying(?:\\((\\d+)\\))?");

    private CastRules() {
    }

    /**
     * The {@code USING} expression for changing {@code column} from {@code from} to {@code to}, or
     * {@code null} when an assignment cast does it. Mostly {@code "col"::new_type}; where PostgreSQL
     * has no direct cast at all it goes through one that exists (an enum through {@code text},
     * {@code smallint} to {@code boolean} through {@code integer}, a non-text value to
     * {@code jsonb} through {@code to_jsonb}).
     */
    static String using(String column, SqlType from, SqlType to, Predicate<String> isEnum) {
        if (from.equals(to) || isAssignable(from, to)) return null;
        String col = Identifiers.quote(column);
        String source = base(from);
        String target = base(to);
        boolean arrays = from.isArray() || to.isArray();
        if (!arrays) {
            if (isEnum.test(from.spelling())) return col + "::text::" + to;
            if (target.equals("boolean") && INTEGERS.contains(source) && !source.equals("integer")) {
                return col + "::integer::boolean";
            }
            if (source.equals("boolean") && INTEGERS.contains(target) && !target.equals("integer")) {
                return col + "::integer::" + to;
            }
            if ((target.equals("jsonb") || target.equals("json")) && !STRINGS.contains(source)) {
                return (target.equals("jsonb") ? "to_jsonb(" : "to_json(") + col + ")";
            }
            if (source.equals("json") && !target.equals("jsonb")) return col + "::jsonb::" + to;
        }
        return col + "::" + to;
    }

    /** Whether PostgreSQL converts {@code from} to {@code to} in an assignment without being told how. */
    static boolean isAssignable(SqlType from, SqlType to) {
        if (from.equals(to)) return true;
        String source = base(from);
        String target = base(to);
        if (from.isArray() != to.isArray()) return !to.isArray() && STRINGS.contains(target);
        if (source.equals(target)) return true;
        if (STRINGS.contains(target)) return true;
        if (NUMBERS.contains(source) && NUMBERS.contains(target)) return true;
        String pair = source + ">" + target;
        return TEMPORAL_CASTS.contains(pair) || OTHER_CASTS.contains(pair);
    }

    /**
     * Whether the change rewrites the table: false only for the binary-coercible changes PostgreSQL
     * does in place (a longer or unlimited {@code varchar}, {@code varchar} to {@code text} and back,
     * more precision for {@code numeric} at the same scale, for {@code timestamp}/{@code time}, a
     * longer {@code bit varying}, {@code cidr} to {@code inet}).
     */
    static boolean rewritesTable(SqlType from, SqlType to) {
        if (from.equals(to)) return false;
        if (from.isArray() || to.isArray()) return true;
        String source = from.spelling();
        String target = to.spelling();
        if (source.equals("cidr") && target.equals("inet")) return false;
        return !(longerVarchar(source, target) || widerNumeric(source, target) || finerTime(source, target)
                || longerVarbit(source, target));
    }

    private static boolean longerVarchar(String source, String target) {
        Matcher from = VARCHAR.matcher(source);
        boolean fromText = source.equals("text");
        if (!fromText && !from.matches()) return false;
        Long fromLength = fromText ? null : length(from.group(1));
        if (target.equals("text")) return true;
        Matcher to = VARCHAR.matcher(target);
        if (!to.matches()) return false;
        Long toLength = length(to.group(1));
        if (toLength == null) return true;
        return fromLength != null && toLength >= fromLength;
    }

    private static boolean longerVarbit(String source, String target) {
        Matcher from = VARBIT.matcher(source);
        Matcher to = VARBIT.matcher(target);
        if (!from.matches() || !to.matches()) return false;
        Long toLength = length(to.group(1));
        Long fromLength = length(from.group(1));
        return toLength == null || (fromLength != null && toLength >= fromLength);
    }

    private static Long length(String digits) {
        return digits == null ? null : Long.parseLong(digits);
    }

    private static boolean widerNumeric(String source, String target) {
        Matcher from = NUMERIC.matcher(source);
        Matcher to = NUMERIC.matcher(target);
        if (!from.matches() || !to.matches()) return false;
        if (to.group(1) == null) return true;
        if (from.group(1) == null) return false;
        return scale(from) == scale(to) && Integer.parseInt(to.group(1)) >= Integer.parseInt(from.group(1));
    }

    private static int scale(Matcher numeric) {
        return numeric.group(2) == null ? 0 : Integer.parseInt(numeric.group(2));
    }

    private static boolean finerTime(String source, String target) {
        Matcher from = TEMPORAL.matcher(source);
        Matcher to = TEMPORAL.matcher(target);
        if (!from.matches() || !to.matches()) return false;
        return from.group(1).equals(to.group(1)) && from.group(3).equals(to.group(3)) && precision(to) >= precision(from);
    }

    private static int precision(Matcher temporal) {
        return temporal.group(2) == null ? 6 : Integer.parseInt(temporal.group(2));
    }

    /** The type without array brackets and length, precision or scale: {@code timestamp with time zone}. */
    private static String base(SqlType type) {
        String spelling = type.spelling();
        if (type.isArray()) spelling = spelling.substring(0, spelling.length() - 2);
        return TYPMOD.matcher(spelling).replaceAll("");
    }
}
