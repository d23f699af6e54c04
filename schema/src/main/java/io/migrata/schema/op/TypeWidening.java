package io.migrata.schema.op;

import io.migrata.schema.SqlType;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which type changes keep every value intact, so that changing back restores the data exactly. The
 * rules are deliberately few and cover the widenings schemas actually make; any other change of
 * type counts as narrowing, which makes an {@link AlterColumn} destructive.
 *
 * <ul>
 *   <li>{@code character varying(n)} to {@code character varying(m ≥ n)}, {@code character varying}
 *       or {@code text}; {@code character(n)} to any of those (m ≥ n) or {@code character(m ≥ n)};
 *       {@code character varying} and {@code text} to each other;</li>
 *   <li>{@code smallint} to {@code integer} to {@code bigint};</li>
 *   <li>{@code smallint}, {@code integer}, {@code bigint} to {@code numeric}, or to
 *       {@code numeric(p,s)} with room for all their digits before the point;</li>
 *   <li>{@code numeric(p,s)} to {@code numeric}, or to {@code numeric(p2,s2)} with
 *       {@code s2 ≥ s} and {@code p2 - s2 ≥ p - s};</li>
 *   <li>{@code timestamp(p)} and {@code time(p)} to a precision {@code ≥ p} with the same time zone
 *       handling (no precision means 6);</li>
 *   <li>{@code real} to {@code double precision};</li>
 *   <li>an array of any of these to the array of its widened element type.</li>
 * </ul>
 */
public final class TypeWidening {

    private static final Pattern CHARACTER = Pattern.compile("(character varying|character)(?:\\((\\d+)\\))?");
    private static final Pattern NUMERIC = Pattern.compile("numeric(?:\\((\\d+)(?:,(\\d+))?\\))?");
    private static final Pattern TEMPORAL = Pattern.compile("(timestamp|time)(?:\\((\\d)\\))? (with|without) time zone");
    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");
    /** Decimal digits of each type in {@link #INTEGERS}' largest value. */
    private static final List<Integer> INTEGER_DIGITS = List.of(5, 10, 19);
    private static final int DEFAULT_TIME_PRECISION = 6;
    private static final int UNBOUNDED = Integer.MAX_VALUE;

    private TypeWidening() {
    }

    /** Whether every value of {@code from} converts to {@code to} and back unchanged; true for equal types. */
    public static boolean isWidening(SqlType from, SqlType to) {
        String source = from.spelling();
        String target = to.spelling();
        if (source.equals(target)) return true;
        if (from.isArray() || to.isArray()) {
            return from.isArray() && to.isArray() && isWidening(element(from), element(to));
        }
        return characterWidening(source, target)
                || integerWidening(source, target)
                || numericWidening(source, target)
                || temporalWidening(source, target)
                || source.equals("real") && target.equals("double precision");
    }

    private static SqlType element(SqlType array) {
        String spelling = array.spelling();
        return SqlType.of(spelling.substring(0, spelling.length() - 2));
    }

    private static boolean characterWidening(String source, String target) {
        int sourceLength = characterLength(source);
        int targetLength = characterLength(target);
        if (sourceLength == 0 || targetLength == 0) return false;
        // Only a blank-padded source may become blank-padded: padding a varchar value changes it.
        if (isBlankPadded(target) && !isBlankPadded(source)) return false;
        return targetLength >= sourceLength;
    }

    /** The declared length of a character type, {@link #UNBOUNDED} for text, 0 for any other type. */
    private static int characterLength(String spelling) {
        if (spelling.equals("text")) return UNBOUNDED;
        Matcher m = CHARACTER.matcher(spelling);
        if (!m.matches()) return 0;
        if (m.group(2) != null) return Integer.parseInt(m.group(2));
        return m.group(1).equals("character") ? 1 : UNBOUNDED;
    }

    private static boolean isBlankPadded(String spelling) {
        return spelling.startsWith("character") && !spelling.startsWith("character varying");
    }

    private static boolean integerWidening(String source, String target) {
        int sourceRank = INTEGERS.indexOf(source);
        if (sourceRank < 0) return false;
        int targetRank = INTEGERS.indexOf(target);
        if (targetRank >= 0) return targetRank > sourceRank;
        Matcher numeric = NUMERIC.matcher(target);
        if (!numeric.matches()) return false;
        return numeric.group(1) == null || integerDigits(numeric) >= INTEGER_DIGITS.get(sourceRank);
    }

    private static boolean numericWidening(String source, String target) {
        Matcher from = NUMERIC.matcher(source);
        Matcher to = NUMERIC.matcher(target);
        if (!from.matches() || !to.matches()) return false;
        if (to.group(1) == null) return true;
        if (from.group(1) == null) return false;
        return scale(to) >= scale(from) && integerDigits(to) >= integerDigits(from);
    }

    private static int scale(Matcher numeric) {
        return numeric.group(2) == null ? 0 : Integer.parseInt(numeric.group(2));
    }

    private static int integerDigits(Matcher numeric) {
        return Integer.parseInt(numeric.group(1)) - scale(numeric);
    }

    private static boolean temporalWidening(String source, String target) {
        Matcher from = TEMPORAL.matcher(source);
        Matcher to = TEMPORAL.matcher(target);
        if (!from.matches() || !to.matches()) return false;
        return from.group(1).equals(to.group(1))
                && from.group(3).equals(to.group(3))
                && precision(to) >= precision(from);
    }

    private static int precision(Matcher temporal) {
        return temporal.group(2) == null ? DEFAULT_TIME_PRECISION : Integer.parseInt(temporal.group(2));
    }
}
