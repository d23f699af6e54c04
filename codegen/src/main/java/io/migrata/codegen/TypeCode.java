package io.migrata.codegen;

import io.migrata.codegen.Code.Lit;
import io.migrata.schema.SqlType;
import io.migrata.schema.migration.Types;

import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A type as the {@link Types} factory that spells it ({@code character varying(20)} is
 * {@code varchar(20)}), or {@code type("…")} for any other. Every match is checked by calling the
 * factory, so the code always evaluates to the very spelling it came from.
 */
final class TypeCode {

    private static final Map<String, Code> PLAIN = Map.ofEntries(
            plain("smallint", Types.smallint()), plain("integer", Types.integer()), plain("bigint", Types.bigint()),
            plain("numeric", Types.numeric()), plain("real", Types.real()),
            plain("doublePrecision", Types.doublePrecision()), plain("bool", Types.bool()),
            plain("text", Types.text()), plain("varchar", Types.varchar()), plain("date", Types.date()),
            plain("time", Types.time()), plain("timestamp", Types.timestamp()),
            plain("timestamptz", Types.timestamptz()), plain("interval", Types.interval()),
            plain("uuid", Types.uuid()), plain("json", Types.json()), plain("jsonb", Types.jsonb()),
            plain("bytea", Types.bytea()), plain("inet", Types.inet()));

    private static final Pattern VARCHAR = Pattern.compile("character varying\\((\\d{1,9})\\)");
    private static final Pattern CHARACTER = Pattern.compile("character\\((\\d{1,9})\\)");
    private static final Pattern NUMERIC = Pattern.compile("numeric\\((\\d{1,9}),(-?\\d{1,9})\\)");
    private static final Pattern TIME = Pattern.compile("time\\((\\d)\\) without time zone");
    private static final Pattern TIMESTAMP = Pattern.compile("timestamp\\((\\d)\\) without time zone");
    private static final Pattern TIMESTAMPTZ = Pattern.compile("timestamp\\((\\d)\\) with time zone");

    private TypeCode() {
    }

    private static Map.Entry<String, Code> plain(String factory, SqlType type) {
        return Map.entry(type.spelling(), Code.call(factory));
    }

    static Code of(SqlType type) {
        String spelling = type.spelling();
        Code plain = PLAIN.get(spelling);
        if (plain != null) return plain;
        if (spelling.endsWith("[]")) {
            Code element = of(SqlType.of(spelling.substring(0, spelling.length() - 2)));
            return isRaw(element) ? raw(spelling) : Code.call("arrayOf", element);
        }
        Code sized = sized(spelling, VARCHAR, "varchar", Types::varchar);
        if (sized == null) sized = sized(spelling, CHARACTER, "character", Types::character);
        if (sized == null) sized = sized(spelling, TIME, "time", Types::time);
        if (sized == null) sized = sized(spelling, TIMESTAMP, "timestamp", Types::timestamp);
        if (sized == null) sized = sized(spelling, TIMESTAMPTZ, "timestamptz", Types::timestamptz);
        if (sized == null) sized = numeric(spelling);
        return sized != null ? sized : raw(spelling);
    }

    private static Code sized(String spelling, Pattern pattern, String factory, IntFunction<SqlType> make) {
        Matcher match = pattern.matcher(spelling);
        if (!match.matches()) return null;
        int size = Integer.parseInt(match.group(1));
        return spells(spelling, () -> make.apply(size)) ? Code.call(factory, new Lit(Integer.toString(size))) : null;
    }

    private static Code numeric(String spelling) {
        Matcher match = NUMERIC.matcher(spelling);
        if (!match.matches()) return null;
        int precision = Integer.parseInt(match.group(1));
        int scale = Integer.parseInt(match.group(2));
        if (!spells(spelling, () -> Types.numeric(precision, scale))) return null;
        Code precisionCode = new Lit(Integer.toString(precision));
        return scale == 0 ? Code.call("numeric", precisionCode)
                : Code.call("numeric", precisionCode, new Lit(Integer.toString(scale)));
    }

    /** Whether the factory accepts the arguments and spells the type exactly so. */
    private static boolean spells(String spelling, Supplier<SqlType> factory) {
        try {
            return factory.get().spelling().equals(spelling);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Code raw(String spelling) {
        return Code.call("type", Code.str(spelling));
    }

    private static boolean isRaw(Code code) {
        return code instanceof Code.Call call && call.name().equals("type");
    }
}
