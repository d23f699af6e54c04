package io.migrata.introspect;

import io.migrata.schema.AggregateDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SqlLiterals;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Aggregates in the selected schemas that no extension owns. PostgreSQL prints no statement for an
 * aggregate, so this one writes it from {@code pg_aggregate} as pg_dump does (its {@code dumpAgg}):
 * support functions as {@code regproc} names them and types as {@code format_type()} does, both
 * with {@code search_path = pg_catalog} so they come out qualified, and only the options whose value
 * is not the default {@code CREATE AGGREGATE} would give. Two aggregates made alike thus read alike
 * whatever options their statements spelled out.
 */
final class AggregateRetriever {

    private static final String AGGREGATES = """
            SELECT n.nspname, p.proname, p.proparallel, obj_description(p.oid, 'pg_proc') AS comment,
                   pg_get_function_identity_arguments(p.oid) AS identity_arguments,
                   pg_get_function_arguments(p.oid) AS arguments,
                   a.aggkind,
                   a.aggtransfn::text AS sfunc, format_type(a.aggtranstype, NULL) AS stype, a.aggtransspace,
                   CASE WHEN a.aggfinalfn::oid <> 0 THEN a.aggfinalfn::text END AS finalfunc,
                   a.aggfinalextra, a.aggfinalmodify,
                   CASE WHEN a.aggcombinefn::oid <> 0 THEN a.aggcombinefn::text END AS combinefunc,
                   CASE WHEN a.aggserialfn::oid <> 0 THEN a.aggserialfn::text END AS serialfunc,
                   CASE WHEN a.aggdeserialfn::oid <> 0 THEN a.aggdeserialfn::text END AS deserialfunc,
                   CASE WHEN a.aggmtransfn::oid <> 0 THEN a.aggmtransfn::text END AS msfunc,
                   CASE WHEN a.aggminvtransfn::oid <> 0 THEN a.aggminvtransfn::text END AS minvfunc,
                   CASE WHEN a.aggmtranstype <> 0 THEN format_type(a.aggmtranstype, NULL) END AS mstype, a.aggmtransspace,
                   CASE WHEN a.aggmfinalfn::oid <> 0 THEN a.aggmfinalfn::text END AS mfinalfunc,
                   a.aggmfinalextra, a.aggmfinalmodify,
                   a.agginitval, a.aggminitval,
                   (SELECT CASE WHEN o.oprnamespace = 'pg_catalog'::regnamespace THEN o.oprname::text
                                ELSE format('OPERATOR(%I.%s)', opn.nspname, o.oprname) END
                    FROM pg_operator o JOIN pg_namespace opn ON opn.oid = o.oprnamespace
                    WHERE o.oid = a.aggsortop) AS sortop
            FROM pg_aggregate a
            JOIN pg_proc p ON p.oid = a.aggfnoid
            JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_depend e
                              WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid AND e.deptype = 'e')
            ORDER BY n.nspname, p.proname, identity_arguments
            """;

    private final SqlRunner sql;

    AggregateRetriever(SqlRunner sql) {
        this.sql = sql;
    }

    List<AggregateDef> read(List<String> schemas) throws SQLException {
        return sql.query(AGGREGATES, AggregateRetriever::aggregate, sql.textArray(schemas));
    }

    private static AggregateDef aggregate(ResultSet row) throws SQLException {
        QualifiedName name = QualifiedName.of(row.getString("nspname"), row.getString("proname"));
        String identity = orStar(row.getString("identity_arguments"));
        String kind = row.getString("aggkind");
        // CREATE AGGREGATE's own default for FINALFUNC_MODIFY and MFINALFUNC_MODIFY, as pg_dump compares them.
        String defaultModify = "n".equals(kind) ? "r" : "w";
        List<String> options = new ArrayList<>();
        options.add("SFUNC = " + row.getString("sfunc"));
        options.add("STYPE = " + row.getString("stype"));
        if (row.getInt("aggtransspace") != 0) options.add("SSPACE = " + row.getInt("aggtransspace"));
        if (row.getString("agginitval") != null) options.add("INITCOND = " + SqlLiterals.quote(row.getString("agginitval")));
        if (row.getString("finalfunc") != null) {
            options.add("FINALFUNC = " + row.getString("finalfunc"));
            if (row.getBoolean("aggfinalextra")) options.add("FINALFUNC_EXTRA");
        }
        if (!defaultModify.equals(row.getString("aggfinalmodify"))) options.add("FINALFUNC_MODIFY = " + modify(row.getString("aggfinalmodify")));
        addIfPresent(options, "COMBINEFUNC", row.getString("combinefunc"));
        addIfPresent(options, "SERIALFUNC", row.getString("serialfunc"));
        addIfPresent(options, "DESERIALFUNC", row.getString("deserialfunc"));
        if (row.getString("msfunc") != null) {
            options.add("MSFUNC = " + row.getString("msfunc"));
            options.add("MINVFUNC = " + row.getString("minvfunc"));
            options.add("MSTYPE = " + row.getString("mstype"));
            if (row.getInt("aggmtransspace") != 0) options.add("MSSPACE = " + row.getInt("aggmtransspace"));
            if (row.getString("aggminitval") != null) options.add("MINITCOND = " + SqlLiterals.quote(row.getString("aggminitval")));
            if (row.getString("mfinalfunc") != null) {
                options.add("MFINALFUNC = " + row.getString("mfinalfunc"));
                if (row.getBoolean("aggmfinalextra")) options.add("MFINALFUNC_EXTRA");
            }
            if (!defaultModify.equals(row.getString("aggmfinalmodify"))) {
                options.add("MFINALFUNC_MODIFY = " + modify(row.getString("aggmfinalmodify")));
            }
        }
        addIfPresent(options, "SORTOP", row.getString("sortop"));
        if ("h".equals(kind)) options.add("HYPOTHETICAL");
        switch (row.getString("proparallel")) {
            case "s" -> options.add("PARALLEL = safe");
            case "r" -> options.add("PARALLEL = restricted");
            default -> { }
        }
        String definition = "CREATE AGGREGATE " + name + "(" + orStar(row.getString("arguments")) + ") (\n    "
                + String.join(",\n    ", options) + "\n)";
        return new AggregateDef(name, identity, definition, row.getString("comment"));
    }

    private static void addIfPresent(List<String> options, String option, String value) {
        if (value != null) options.add(option + " = " + value);
    }

    private static String modify(String code) {
        return switch (code) {
            case "r" -> "READ_ONLY";
            case "s" -> "SHAREABLE";
            default -> "READ_WRITE";
        };
    }

    /** An aggregate over no arguments, {@code count(*)}'s kind, is written and dropped with {@code *}. */
    private static String orStar(String arguments) {
        return arguments.isEmpty() ? "*" : arguments;
    }
}
