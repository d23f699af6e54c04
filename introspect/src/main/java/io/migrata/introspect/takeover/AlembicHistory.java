package io.migrata.introspect.takeover;

import io.migrata.introspect.HistoryTableLayout;
import io.migrata.schema.Identifiers;
import io.migrata.schema.QualifiedName;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Alembic's version table against its scripts: the database is done with Alembic when its rows are
 * exactly the scripts' heads. A revision the scripts do not have is a database migrated from
 * elsewhere; a script the rows do not reach is pending. (Alembic records no failures: a failed
 * upgrade rolls back with its version row.)
 */
final class AlembicHistory {

    private AlembicHistory() {
    }

    static OtherToolHistory read(Connection connection, QualifiedName table, Path versions) throws SQLException {
        Set<String> current = new TreeSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version_num FROM " + Identifiers.alwaysQuote(table))) {
            while (rows.next()) current.add(rows.getString(1));
        }
        List<String> problems = new ArrayList<>();
        String position = current.isEmpty() ? "no revision applied" : "revision " + String.join(", ", current);
        if (!Files.isDirectory(versions)) {
            problems.add("cannot tell whether Alembic has revisions still to run: its versions directory " + versions
                    + " does not exist (name it with --alembic-versions)");
            return new OtherToolHistory(HistoryTableLayout.ALEMBIC_VERSION, table, position, problems);
        }
        AlembicScripts scripts = AlembicScripts.read(versions);
        for (String revision : current) {
            if (!scripts.contains(revision)) {
                problems.add("Alembic revision " + revision + " in " + table + " is not in " + versions
                        + ": the database was migrated by another history");
            }
        }
        Set<String> reached = scripts.upTo(current);
        for (String revision : new TreeSet<>(scripts.all())) {
            if (!reached.contains(revision)) {
                problems.add("Alembic revision " + revision + " has not run: run alembic upgrade heads first,"
                        + " so that the database is where the Alembic history ends");
            }
        }
        return new OtherToolHistory(HistoryTableLayout.ALEMBIC_VERSION, table, position, problems);
    }
}
