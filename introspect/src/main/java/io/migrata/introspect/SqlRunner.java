package io.migrata.introspect;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Runs the catalog queries: every statement the introspector sends goes through here. */
final class SqlRunner {

    /** Turns the current row into a value. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Takes in the current row. */
    @FunctionalInterface
    interface RowConsumer {
        void accept(ResultSet row) throws SQLException;
    }

    /**
     * Rows per round trip. The driver otherwise holds a whole result in memory, and the column
     * query of 1,000 tables is 10,000 rows: the JVM kept them as old-generation pages
     * it never gave back. Only inside a transaction, which the catalog reads always are.
     */
    private static final int FETCH_SIZE = 2_000;

    private final Connection connection;

    SqlRunner(Connection connection) {
        this.connection = connection;
    }

    void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The rows of a query whose parameters are bound in order. */
    <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
        List<T> rows = new ArrayList<>();
        forEach(sql, row -> rows.add(mapper.map(row)), parameters);
        return rows;
    }

    /** Hands each row of a query, in order, to {@code consumer}; parameters are bound in order. */
    void forEach(String sql, RowConsumer consumer, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet resultSet = statement.executeQuery()) {
                while (resultSet.next()) consumer.accept(resultSet);
            }
        }
    }

    Array textArray(Collection<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray(new String[0]));
    }

    /** Object ids travel as {@code int8[]}; queries cast them with {@code ::oid[]}. */
    Array oidArray(Collection<Long> oids) throws SQLException {
        return connection.createArrayOf("int8", oids.toArray(new Long[0]));
    }

    /** A {@code text[]} column as a list, empty for SQL NULL. */
    static List<String> strings(ResultSet row, String column) throws SQLException {
        String array = row.getString(column);
        return array == null ? List.of() : List.copyOf(TextArray.parse(array));
    }
}
