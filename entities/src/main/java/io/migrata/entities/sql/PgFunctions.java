package io.migrata.entities.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The built-in functions the expression printer knows, with their parameter and result types, so
 * that it can resolve a call the way PostgreSQL does: a quoted constant takes the parameter's type
 * ({@code date_trunc('day', now())} is stored as {@code date_trunc('day'::text, now())}), a
 * string column passed for {@code text} is cast to it, anything else must match exactly. A function
 * not listed here, or a call that matches no signature or several, is refused: its parameter types
 * (and so the casts PostgreSQL adds), its result type and even the schema it prints the name with
 * are unknown without the catalog.
 */
final class PgFunctions {

    record Signature(String name, List<PgType> parameters, PgType result) {

        /** The name as {@code pg_get_expr} prints it: quoted where it is a keyword ({@code "left"}). */
        String printedName() {
            return KEYWORDS.contains(name) ? "\"" + name + "\"" : name;
        }
    }

    /** The known functions whose names are SQL keywords, which {@code quote_identifier} quotes. */
    private static final java.util.Set<String> KEYWORDS = java.util.Set.of("left", "right");

    private static final PgType TIMESTAMPTZ = PgType.ofColumn("timestamp with time zone");
    private static final PgType TIMESTAMP = PgType.ofColumn("timestamp without time zone");
    private static final PgType INTERVAL = PgType.ofColumn("interval");
    private static final PgType UUID = PgType.ofColumn("uuid");
    private static final PgType SMALLINT = PgType.ofColumn("smallint");
    private static final PgType REAL = PgType.ofColumn("real");

    private static final Map<String, List<Signature>> KNOWN = index(
            of("now", TIMESTAMPTZ), of("clock_timestamp", TIMESTAMPTZ), of("statement_timestamp", TIMESTAMPTZ),
            of("transaction_timestamp", TIMESTAMPTZ), of("random", PgType.DOUBLE), of("gen_random_uuid", UUID),
            of("date_trunc", TIMESTAMPTZ, PgType.TEXT, TIMESTAMPTZ), of("date_trunc", TIMESTAMP, PgType.TEXT, TIMESTAMP),
            of("date_trunc", INTERVAL, PgType.TEXT, INTERVAL),
            of("date_part", PgType.DOUBLE, PgType.TEXT, TIMESTAMPTZ), of("date_part", PgType.DOUBLE, PgType.TEXT, TIMESTAMP),
            of("abs", SMALLINT, SMALLINT), of("abs", PgType.INTEGER, PgType.INTEGER), of("abs", PgType.BIGINT, PgType.BIGINT),
            of("abs", PgType.NUMERIC, PgType.NUMERIC), of("abs", REAL, REAL), of("abs", PgType.DOUBLE, PgType.DOUBLE),
            of("round", PgType.NUMERIC, PgType.NUMERIC), of("round", PgType.NUMERIC, PgType.NUMERIC, PgType.INTEGER),
            of("round", PgType.DOUBLE, PgType.DOUBLE),
            of("floor", PgType.NUMERIC, PgType.NUMERIC), of("floor", PgType.DOUBLE, PgType.DOUBLE),
            of("ceil", PgType.NUMERIC, PgType.NUMERIC), of("ceil", PgType.DOUBLE, PgType.DOUBLE),
            of("to_char", PgType.TEXT, TIMESTAMPTZ, PgType.TEXT), of("to_char", PgType.TEXT, TIMESTAMP, PgType.TEXT),
            of("to_char", PgType.TEXT, PgType.NUMERIC, PgType.TEXT),
            of("replace", PgType.TEXT, PgType.TEXT, PgType.TEXT, PgType.TEXT),
            of("left", PgType.TEXT, PgType.TEXT, PgType.INTEGER), of("right", PgType.TEXT, PgType.TEXT, PgType.INTEGER));

    private PgFunctions() {
    }

    private static Signature of(String name, PgType result, PgType... parameters) {
        return new Signature(name, List.of(parameters), result);
    }

    private static Map<String, List<Signature>> index(Signature... signatures) {
        Map<String, List<Signature>> byName = new java.util.HashMap<>();
        for (Signature signature : signatures) byName.computeIfAbsent(signature.name(), n -> new ArrayList<>()).add(signature);
        return Map.copyOf(byName);
    }

    /** The one signature a call with these argument types resolves to. */
    static Signature resolve(String name, List<PgType> arguments) {
        List<Signature> candidates = KNOWN.get(name);
        if (candidates == null) {
            throw new UnsupportedExpressionException("function " + name + "() is not one whose types Migrata knows");
        }
        List<Signature> matching = candidates.stream().filter(s -> accepts(s, arguments)).toList();
        if (matching.size() != 1) {
            String types = arguments.stream().map(PgType::name).collect(Collectors.joining(", "));
            throw new UnsupportedExpressionException((matching.isEmpty() ? "no " : "more than one ") + "signature of " + name
                    + "() Migrata knows takes (" + types + ")");
        }
        return matching.get(0);
    }

    private static boolean accepts(Signature signature, List<PgType> arguments) {
        if (signature.parameters().size() != arguments.size()) return false;
        for (int i = 0; i < arguments.size(); i++) {
            PgType argument = arguments.get(i);
            PgType parameter = signature.parameters().get(i);
            boolean fits = argument.name().equals(parameter.name())
                    || argument.category() == PgType.Category.UNKNOWN
                    || parameter.category() == PgType.Category.TEXT && argument.isString();
            if (!fits) return false;
        }
        return true;
    }
}
