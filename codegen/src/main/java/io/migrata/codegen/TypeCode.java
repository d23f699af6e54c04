package io.migrata.codegen;

import io.migrata.codegen.Code.Lit;
import io.migrata.schema.SqlType;
import io.migrata.schema.migration.Types;

import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Supplier;

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

    /** Factories taking one length or precision, by the type name they spell. */
    private static final Map<String, SizedFactory> SIZED = Map.of(
            "character varying", new SizedFactory("varchar", Types::varchar),
            "character", new SizedFactory("character", Types::character),
            "time without time zone", new SizedFactory("time", Types::time),
            "timestamp without time zone", new SizedFactory("timestamp", Types::timestamp),
            "timestamp with time zone", new SizedFactory("timestamptz", Types::timestamptz));

    private record SizedFactory(String name, IntFunction<SqlType> make) {
    }

    private TypeCode() {
    }

    private static Map.Entry<String, Code> plain(String factory, SqlType type) {
        return Map.entry(type.spelling(), Code.call(factory));
    }

    static Code of(SqlType type) {
        String spelling = type.spelling();
        Code plain = PLAIN.get(spelling);
        if (plain != null) return plain;
        if (type.isArray()) {
            Code element = of(new SqlType(type.name(), type.modifiers(), type.arrayDimensions() - 1));
            return isRaw(element) ? raw(spelling) : Code.call("arrayOf", element);
        }
        Code sized = type.modifiers().size() == 1 ? sized(type) : null;
        if (sized == null && type.name().equals("numeric") && type.modifiers().size() == 2) sized = numeric(type);
        return sized != null ? sized : raw(spelling);
    }

    private static Code sized(SqlType type) {
        SizedFactory factory = SIZED.get(type.name());
        if (factory == null) return null;
        int size = type.modifier(0, -1);
        return spells(type.spelling(), () -> factory.make().apply(size)) ? Code.call(factory.name(), new Lit(Integer.toString(size))) : null;
    }

    private static Code numeric(SqlType type) {
        int precision = type.modifier(0, -1);
        int scale = type.modifier(1, -1);
        if (!spells(type.spelling(), () -> Types.numeric(precision, scale))) return null;
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
