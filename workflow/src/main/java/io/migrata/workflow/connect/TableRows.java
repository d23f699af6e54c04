package io.migrata.workflow.connect;

import io.migrata.schema.QualifiedName;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Whether a table of the compared database holds rows, asked once per table and only for the
 * tables the online plan asks about. A table that cannot be read counts as holding rows, so the
 * plan stays on the safe side.
 */
public final class TableRows {

    private final DatabaseTarget target;
    private final Map<QualifiedName, Boolean> answers = new HashMap<>();

    public TableRows(DatabaseTarget target) {
        this.target = target;
    }

    public boolean mayHaveRows(QualifiedName table) {
        return answers.computeIfAbsent(table, this::ask);
    }

    private boolean ask(QualifiedName table) {
        try (Connection connection = target.open();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM " + table + ")")) {
            rows.next();
            return rows.getBoolean(1);
        } catch (SQLException e) {
            return true;
        }
    }
}
