package io.migrata.cli;

import io.migrata.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Questions a test asks the database's catalog directly, to check what a command did without the command's own output. */
final class Catalog {

    private Catalog() {
    }

    /** The single number a {@code SELECT count(*) …} returns. */
    static long count(TestDatabase db, String sql) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The first column of every row, joined by commas. */
    static String strings(TestDatabase db, String sql) throws SQLException {
        StringBuilder values = new StringBuilder();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                if (!values.isEmpty()) values.append(',');
                values.append(rows.getString(1));
            }
        }
        return values.toString();
    }
}
