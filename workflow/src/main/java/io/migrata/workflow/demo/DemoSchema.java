package io.migrata.workflow.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The demo schema behind {@code inspect --demo}: the tables of the Hedera Flow application this
 * project grew from (users, meters, tariffs, verifications, bills, disputes, exchange_rates,
 * audit_logs), with keys, cascading foreign keys, indexes, a check, an enum type and jsonb.
 */
public final class DemoSchema {

    public static final int TABLE_COUNT = 8;
    private static final String SCRIPT = "demo-schema.sql";

    private DemoSchema() {
    }

    /**
     * Creates the demo tables in one transaction when the database has no tables in any user schema.
     *
     * @return whether it created them
     */
    public static boolean createIfEmpty(Connection connection) throws SQLException {
        if (hasTables(connection)) return false;
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute(script());
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return true;
    }

    private static boolean hasTables(Connection connection) throws SQLException {
        String sql = """
                SELECT EXISTS (
                    SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                    WHERE c.relkind IN ('r', 'p')
                      AND n.nspname NOT IN ('pg_catalog', 'information_schema')
                      AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%')""";
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getBoolean(1);
        }
    }

    private static String script() {
        try (InputStream in = DemoSchema.class.getResourceAsStream(SCRIPT)) {
            if (in == null) throw new IllegalStateException(SCRIPT + " is missing from the migrata jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
