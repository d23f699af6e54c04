package io.migrata.schema;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;


/**
 * Every rule Migrata knows about PostgreSQL types, on {@link SqlType}'s parsed parts: which
 * spellings behave the same, which changes keep every value (widening), which PostgreSQL converts
 * without being told how (assignment casts), which rewrite the table, and which need a conversion
 * only the user can give.
 *
 * <p>The knowledge follows {@code pg_cast} (castcontext {@code i} and {@code a}), the rule that a
 * conversion to a string type through the type's output function is an assignment cast but one
 * from a string type is explicit only, and the binary-coercible changes PostgreSQL makes without a
 * rewrite. Types it does not know (user types other than enums, domains, extension types) are
 * treated as their own family: a change to or from them is never assumed safe.
 */
public final class TypeRules {

    /** Types whose values are alike enough that a change among them is a narrowing or widening, never a reinterpretation. */
    private enum Family { STRING, NUMBER, TEMPORAL, BIT, JSON, NETWORK }

    private static final Map<String, Family> FAMILIES = Map.ofEntries(
            Map.entry("text", Family.STRING), Map.entry("character varying", Family.STRING),
            Map.entry("character", Family.STRING), Map.entry("name", Family.STRING),
            Map.entry("smallint", Family.NUMBER), Map.entry("integer", Family.NUMBER), Map.entry("bigint", Family.NUMBER),
            Map.entry("numeric", Family.NUMBER), Map.entry("real", Family.NUMBER), Map.entry("double precision", Family.NUMBER),
            Map.entry("date", Family.TEMPORAL), Map.entry("timestamp without time zone", Family.TEMPORAL),
            Map.entry("timestamp with time zone", Family.TEMPORAL), Map.entry("time without time zone", Family.TEMPORAL),
            Map.entry("time with time zone", Family.TEMPORAL), Map.entry("interval", Family.TEMPORAL),
            Map.entry("bit", Family.BIT), Map.entry("bit varying", Family.BIT),
            Map.entry("json", Family.JSON), Map.entry("jsonb", Family.JSON),
            Map.entry("inet", Family.NETWORK), Map.entry("cidr", Family.NETWORK));

    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");
    /** Decimal digits of each type in {@link #INTEGERS}' largest value. */
    private static final List<Integer> INTEGER_DIGITS = List.of(5, 10, 19);
    /** Pairs "from>to" outside the string and number families with an implicit or assignment cast. */
    private static final Set<String> OTHER_CASTS = Set.of(
            "date>timestamp without time zone", "date>timestamp with time zone",
            "timestamp without time zone>date", "timestamp with time zone>date",
            "timestamp without time zone>timestamp with time zone", "timestamp with time zone>timestamp without time zone",
            "timestamp without time zone>time without time zone", "timestamp with time zone>time without time zone",
            "timestamp with time zone>time with time zone",
            "time without time zone>time with time zone", "time with time zone>time without time zone",
            "time without time zone>interval", "interval>time without time zone",
            "json>jsonb", "jsonb>json", "cidr>inet", "inet>cidr", "bit>bit varying", "bit varying>bit",
            "integer>money", "bigint>money", "numeric>money", "money>numeric");
    /** Fractional-second digits of {@code timestamp}, {@code time} and {@code interval} declared without a precision. */
    private static final int DEFAULT_TIME_PRECISION = 6;
    private static final int UNBOUNDED = Integer.MAX_VALUE;

    private TypeRules() {
    }

    // ---- operator resolution

    /**
     * A type's place in PostgreSQL's operator resolution, as an expression printer needs it: the
     * numeric category split into integers, {@code numeric} and floating point, the string category
     * into {@code character varying}, {@code text} and blank-padded {@code character}.
     */
    public enum OperandCategory { INTEGER, NUMERIC, FLOAT, VARCHAR, TEXT, BPCHAR, BOOLEAN, ARRAY, OTHER }

    public static OperandCategory operandCategory(SqlType type) {
        if (type.isArray()) return OperandCategory.ARRAY;
        return switch (type.name()) {
            case "smallint", "integer", "bigint" -> OperandCategory.INTEGER;
            case "numeric" -> OperandCategory.NUMERIC;
            case "real", "double precision" -> OperandCategory.FLOAT;
            case "character varying" -> OperandCategory.VARCHAR;
            case "text" -> OperandCategory.TEXT;
            case "character", "bpchar" -> OperandCategory.BPCHAR;
            case "boolean" -> OperandCategory.BOOLEAN;
            default -> OperandCategory.OTHER;
        };
    }

    /** How wide a type is within its operand category: {@code smallint} 1, {@code integer} 2, {@code bigint} 3; {@code real} 1, {@code double precision} 2; else 0. */
    public static int rank(SqlType type) {
        if (type.isArray()) return 0;
        int integer = INTEGERS.indexOf(type.name());
        if (integer >= 0) return integer + 1;
        return switch (type.name()) {
            case "real" -> 1;
            case "double precision" -> 2;
            default -> 0;
        };
    }

    /**
     * The name {@code format_type()} prints for the type without its modifiers, as in a cast
     * PostgreSQL adds: {@code bpchar} for {@code character}, the type's own name otherwise.
     */
    public static String unmodifiedName(SqlType type) {
        return type.name().equals("character") ? "bpchar" : type.name();
    }

    // ---- constants

    /** The output form of constants of these types, which PostgreSQL prints back unchanged. */
    private static final Map<String, String> OUTPUT_FORMS = Map.ofEntries(
            Map.entry("smallint", "-?(0|[1-9]\\d*)"), Map.entry("integer", "-?(0|[1-9]\\d*)"),
            Map.entry("bigint", "-?(0|[1-9]\\d*)"), Map.entry("numeric", "-?(0|[1-9]\\d*)(\\.\\d+)?"),
            Map.entry("real", "-?(0|[1-9]\\d{0,5})(\\.\\d*[1-9])?"),
            Map.entry("double precision", "-?(0|[1-9]\\d{0,14})(\\.\\d*[1-9])?"),
            Map.entry("date", "\\d{4}-\\d{2}-\\d{2}"),
            Map.entry("timestamp without time zone", "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(\\.\\d*[1-9])?"),
            Map.entry("time without time zone", "\\d{2}:\\d{2}:\\d{2}(\\.\\d*[1-9])?"),
            Map.entry("interval", intervalOutput()),
            Map.entry("uuid", "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
            Map.entry("json", "(?s).*"),
            Map.entry("jsonb", "\\{}|\\[]"),
            Map.entry("bytea", "\\\\x([0-9a-f]{2})*"));

    /**
     * An interval as PostgreSQL's default {@code IntervalStyle} prints it: {@code 1 year 2 mons},
     * {@code -1 days}, {@code 3 days 04:05:06.5}; a unit is singular for exactly 1.
     */
    private static String intervalOutput() {
        String number = "(?:-?(?:0|[2-9]\\d*|1\\d+)|-1)";
        StringBuilder units = new StringBuilder();
        for (String unit : List.of("year", "mon", "day")) {
            units.append("(?:(?:1 ").append(unit).append("|").append(number).append(" ").append(unit).append("s)(?: (?=.)|$))?");
        }
        return "(?=.)" + units + "(?:-?\\d{2}:\\d{2}:\\d{2}(?:\\.\\d*[1-9])?)?";
    }

    /**
     * Whether PostgreSQL prints a constant of this type exactly as {@code text} ({@code '2020-01-01'}
     * as a {@code date}, a lower-case uuid), so an expression may carry it as written. False for
     * types whose output form is not known here ({@code timestamptz}, printed in the session's
     * time zone; arrays; network types) and for text in another form ({@code '24 hours'} is printed
     * {@code '24:00:00'}).
     */
    public static boolean isOutputForm(SqlType type, String text) {
        String form = type.isArray() ? null : OUTPUT_FORMS.get(type.name());
        return form != null && text.matches(form);
    }

    /** Whether {@link #isOutputForm} knows the output form of this type's constants. */
    public static boolean hasKnownOutputForm(SqlType type) {
        return !type.isArray() && OUTPUT_FORMS.containsKey(type.name());
    }

    // ---- equivalent spellings

    /**
     * The one spelling of all those PostgreSQL stores differently for the same behaviour. Today:
     * {@code timestamp}, {@code time} (with or without time zone) and {@code interval} (with or
     * without fields) at precision 6 are the unqualified type, which has microsecond precision
     * too. Hibernate asks for {@code timestamp(6) with time zone} where a hand-written schema says
     * {@code timestamptz}; both store and return the same values.
     */
    public static SqlType canonical(SqlType type) {
        if (hasTimePrecision(type) && type.modifiers().size() == 1
                && type.modifier(0, -1) == DEFAULT_TIME_PRECISION) {
            return type.withoutModifiers();
        }
        return type;
    }

    /** Whether the two spellings behave the same: equal after {@link #canonical(SqlType)}. */
    public static boolean equivalent(SqlType a, SqlType b) {
        return canonical(a).equals(canonical(b));
    }

    private static boolean hasTimePrecision(SqlType type) {
        String name = type.name();
        return name.equals("timestamp without time zone") || name.equals("timestamp with time zone")
                || name.equals("time without time zone") || name.equals("time with time zone")
                || name.equals("interval") || name.startsWith("interval ");
    }

    // ---- families

    /**
     * Whether a change between the two is a change of size, precision or representation within one
     * family of types (strings, numbers, dates and times, bit strings, JSON, network addresses),
     * or between two labels of the same kind (enums and strings), rather than a reinterpretation of
     * the values ({@code text} to {@code oid}, {@code text} to {@code integer}, {@code integer} to
     * {@code boolean}). The array dimensions must agree.
     */
    public static boolean sameFamily(SqlType from, SqlType to, Predicate<SqlType> isEnum) {
        if (from.arrayDimensions() != to.arrayDimensions()) return false;
        if (from.name().equals(to.name())) return true;
        Family source = family(from, isEnum);
        return source != null && source == family(to, isEnum);
    }

    private static Family family(SqlType type, Predicate<SqlType> isEnum) {
        if (isEnum.test(type.withoutModifiers().element())) return Family.STRING;
        return FAMILIES.get(type.name());
    }

    // ---- widening

    /**
     * Whether every value of {@code from} converts to {@code to} and back unchanged; true for equal
     * types. The widenings: {@code character varying(n)} to a longer or unlimited one or
     * {@code text}; {@code character(n)} to any of those or a longer {@code character};
     * {@code character varying} and {@code text} to each other; {@code smallint} to
     * {@code integer} to {@code bigint}; an integer to {@code numeric} with room for its digits; a
     * {@code numeric(p,s)} to one with at least its scale and its integer digits; {@code timestamp}
     * and {@code time} to at least their precision with the same time zone handling;
     * {@code real} to {@code double precision}; an array of any of these to the array of its
     * widened element type. Any other change narrows.
     */
    public static boolean isWidening(SqlType from, SqlType to) {
        if (equivalent(from, to)) return true;
        if (from.arrayDimensions() != to.arrayDimensions()) return false;
        SqlType source = from.element();
        SqlType target = to.element();
        return characterWidening(source, target)
                || integerWidening(source, target)
                || numericWidening(source, target)
                || temporalWidening(source, target)
                || source.name().equals("real") && target.name().equals("double precision") && target.modifiers().isEmpty();
    }

    private static boolean characterWidening(SqlType source, SqlType target) {
        int sourceLength = characterLength(source);
        int targetLength = characterLength(target);
        if (sourceLength == 0 || targetLength == 0) return false;
        // Only a blank-padded source may become blank-padded: padding a varchar value changes it.
        if (isBlankPadded(target) && !isBlankPadded(source)) return false;
        return targetLength >= sourceLength;
    }

    /** The declared length of a character type, {@link #UNBOUNDED} for text, 0 for any other type. */
    private static int characterLength(SqlType type) {
        return switch (type.name()) {
            case "text" -> UNBOUNDED;
            case "character varying" -> type.modifier(0, UNBOUNDED);
            case "character" -> type.modifier(0, 1);
            default -> 0;
        };
    }

    private static boolean isBlankPadded(SqlType type) {
        return type.name().equals("character");
    }

    private static boolean integerWidening(SqlType source, SqlType target) {
        int sourceRank = INTEGERS.indexOf(source.name());
        if (sourceRank < 0) return false;
        int targetRank = INTEGERS.indexOf(target.name());
        if (targetRank >= 0) return targetRank > sourceRank;
        if (!target.name().equals("numeric")) return false;
        return target.modifiers().isEmpty() || integerDigits(target) >= INTEGER_DIGITS.get(sourceRank);
    }

    private static boolean numericWidening(SqlType source, SqlType target) {
        if (!source.name().equals("numeric") || !target.name().equals("numeric")) return false;
        if (target.modifiers().isEmpty()) return true;
        if (source.modifiers().isEmpty()) return false;
        return scale(target) >= scale(source) && integerDigits(target) >= integerDigits(source);
    }

    private static int scale(SqlType numeric) {
        return numeric.modifier(1, 0);
    }

    private static int integerDigits(SqlType numeric) {
        return numeric.modifier(0, 0) - scale(numeric);
    }

    private static boolean temporalWidening(SqlType source, SqlType target) {
        return isTimestampOrTime(source) && source.name().equals(target.name())
                && timePrecision(target) >= timePrecision(source);
    }

    private static boolean isTimestampOrTime(SqlType type) {
        return type.name().startsWith("timestamp ") || type.name().startsWith("time ");
    }

    private static int timePrecision(SqlType type) {
        return type.modifier(0, DEFAULT_TIME_PRECISION);
    }

    // ---- conversions

    /** Whether PostgreSQL converts {@code from} to {@code to} in an assignment, that is without a {@code USING} expression. */
    public static boolean isAssignable(SqlType from, SqlType to) {
        if (equivalent(from, to)) return true;
        String source = from.name();
        String target = to.name();
        boolean toString = FAMILIES.get(target) == Family.STRING;
        if (from.arrayDimensions() != to.arrayDimensions()) return !to.isArray() && toString;
        if (source.equals(target) || toString) return true;
        if (FAMILIES.get(source) == Family.NUMBER && FAMILIES.get(target) == Family.NUMBER) return true;
        return OTHER_CASTS.contains(source + ">" + target);
    }

    /**
     * The {@code USING} expression a change within one {@linkplain #sameFamily family} needs, or
     * {@code null} when an assignment cast does it or the change crosses families (then only the
     * user knows the conversion). Within a family PostgreSQL lacks an assignment cast only to and
     * between enums: a value goes through {@code text} to the new enum's label of the same name,
     * and one with no such label is refused.
     */
    public static String labelCast(String quotedColumn, SqlType from, SqlType to, Predicate<SqlType> isEnum) {
        if (isAssignable(from, to) || !sameFamily(from, to, isEnum)) return null;
        boolean fromEnum = isEnum.test(from.element());
        return quotedColumn + (fromEnum ? "::text::" : "::") + to.spelling();
    }

    /**
     * Whether the change needs a conversion the user gives: PostgreSQL has no assignment cast for
     * it, and it crosses families, so a bare cast would reinterpret the values ({@code '3'} as
     * large object 3) or fail on some of them.
     */
    public static boolean needsGivenConversion(SqlType from, SqlType to, Predicate<SqlType> isEnum) {
        return !isAssignable(from, to) && !sameFamily(from, to, isEnum);
    }

    /**
     * Whether an assignment from {@code from} to {@code to} can change a value without failing,
     * so that the values must be checked before the change: a shorter {@code character(n)},
     * {@code bit(n)} or {@code character varying(n)} refuses a value that does not fit, but
     * fewer {@code numeric} decimals, fewer fractional-second digits or a number without
     * decimals round silently. True for every narrowing between two types of the same name and
     * between strings or numbers; those are the pairs PostgreSQL compares directly.
     */
    public static boolean narrowsComparably(SqlType from, SqlType to) {
        if (isWidening(from, to) || from.arrayDimensions() != to.arrayDimensions()) return false;
        if (from.name().equals(to.name())) return true;
        // Arrays compare only with arrays of the same element type (there is no bigint[] = integer[]).
        if (from.isArray()) return false;
        Family source = FAMILIES.get(from.name());
        return (source == Family.STRING || source == Family.NUMBER) && source == FAMILIES.get(to.name());
    }

    // ---- table rewrites

    /**
     * Whether the change rewrites the table: false only for the binary-coercible changes PostgreSQL
     * makes in place (a longer or unlimited {@code varchar}, {@code varchar} to {@code text} and back,
     * more precision for {@code numeric} at the same scale, for {@code timestamp}/{@code time}, a
     * longer {@code bit varying}, {@code cidr} to {@code inet}), and for equivalent spellings.
     */
    public static boolean rewritesTable(SqlType from, SqlType to) {
        if (equivalent(from, to)) return false;
        if (from.isArray() || to.isArray()) return true;
        if (from.name().equals("cidr") && to.name().equals("inet")) return false;
        return !(longerVarchar(from, to) || widerNumeric(from, to) || temporalWidening(from, to) || longerVarbit(from, to));
    }

    private static boolean longerVarchar(SqlType from, SqlType to) {
        boolean fromText = from.name().equals("text");
        if (!fromText && !from.name().equals("character varying")) return false;
        if (to.name().equals("text")) return true;
        if (!to.name().equals("character varying")) return false;
        int fromLength = fromText ? UNBOUNDED : from.modifier(0, UNBOUNDED);
        return to.modifier(0, UNBOUNDED) >= fromLength;
    }

    private static boolean longerVarbit(SqlType from, SqlType to) {
        if (!from.name().equals("bit varying") || !to.name().equals("bit varying")) return false;
        return to.modifier(0, UNBOUNDED) >= from.modifier(0, UNBOUNDED);
    }

    private static boolean widerNumeric(SqlType from, SqlType to) {
        if (!from.name().equals("numeric") || !to.name().equals("numeric")) return false;
        if (to.modifiers().isEmpty()) return true;
        if (from.modifiers().isEmpty()) return false;
        return scale(from) == scale(to) && to.modifier(0, 0) >= from.modifier(0, 0);
    }
}
