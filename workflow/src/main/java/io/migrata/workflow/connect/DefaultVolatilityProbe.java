package io.migrata.workflow.connect;

import io.migrata.diff.DefaultVolatility;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Asks PostgreSQL whether default expressions are volatile: each becomes a temporary view in a
 * transaction that is rolled back, and the functions its stored query calls (directly, or as an
 * operator's function) are looked up in {@code pg_proc.provolatile}. This follows what the
 * expression calls as PostgreSQL resolves it, user-defined functions included, and never mistakes
 * a string literal for a call. An expression the server cannot resolve (a function or type the
 * revision itself creates) gets no answer, and {@link DefaultVolatility} treats it conservatively.
 */
public final class DefaultVolatilityProbe {

    private static final String VIEW = "pg_temp.migrata_volatility_probe";
    // pg_depend records no dependency on built-in functions (they are pinned), so the functions are
    // read from the view's stored query tree: a call's :funcid, an operator's :opno.
    private static final String QUERY = "SELECT coalesce(bool_or(p.provolatile = 'v'), false)"
            + " FROM pg_catalog.pg_rewrite r"
            + " CROSS JOIN LATERAL pg_catalog.regexp_matches(r.ev_action::text, ':(funcid|opno) (\\d+)', 'g') AS m"
            + " LEFT JOIN pg_catalog.pg_operator o ON m[1] = 'opno' AND o.oid = m[2]::pg_catalog.oid"
            + " JOIN pg_catalog.pg_proc p ON p.oid = CASE WHEN m[1] = 'funcid' THEN m[2]::pg_catalog.oid"
            + " ELSE o.oprcode::pg_catalog.oid END"
            + " WHERE r.ev_class = '" + VIEW + "'::pg_catalog.regclass";

    private DefaultVolatilityProbe() {
    }

    /** The answers for {@code expressions}; none at all when the database cannot be asked. */
    public static DefaultVolatility ask(DatabaseTarget target, Collection<String> expressions) {
        if (expressions.isEmpty()) return DefaultVolatility.unknown();
        Map<String, Boolean> answers = new HashMap<>();
        try (Connection connection = target.open()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String expression : expressions) {
                    Savepoint before = connection.setSavepoint();
                    try {
                        statement.execute("CREATE TEMPORARY VIEW " + VIEW + " AS SELECT (" + expression + ") AS v");
                        try (ResultSet row = statement.executeQuery(QUERY)) {
                            row.next();
                            answers.put(expression, row.getBoolean(1));
                        }
                    } catch (SQLException unresolved) {
                        // No answer for this one; the others may still resolve.
                    } finally {
                        connection.rollback(before);
                    }
                }
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            // A server that refuses temporary objects (a hot standby) answers nothing: the conservative reading stays.
        }
        return DefaultVolatility.of(answers);
    }
}
