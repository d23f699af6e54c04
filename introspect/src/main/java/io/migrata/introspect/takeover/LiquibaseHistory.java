package io.migrata.introspect.takeover;

import io.migrata.introspect.HistoryTableLayout;
import io.migrata.schema.Identifiers;
import io.migrata.schema.QualifiedName;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Liquibase's change log table against its change log: a change set recorded {@code FAILED}
 * failed; one the change log declares that the table lacks (by id and author) is pending; a held
 * lock means an update is running, or one died holding it.
 */
final class LiquibaseHistory {

    private LiquibaseHistory() {
    }

    static OtherToolHistory read(Connection connection, QualifiedName table, QualifiedName lock, Optional<Path> changelog)
            throws SQLException {
        List<String> problems = new ArrayList<>();
        Set<String> ran = new HashSet<>();
        int count = 0;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, author, filename, exectype FROM "
                     + Identifiers.alwaysQuote(table) + " ORDER BY orderexecuted")) {
            while (rows.next()) {
                count++;
                String key = rows.getString(1) + "::" + rows.getString(2);
                if ("FAILED".equalsIgnoreCase(rows.getString(4))) {
                    problems.add("Liquibase change set " + key + " (" + rows.getString(3) + ") is recorded as FAILED in "
                            + table + ": fix it with Liquibase before switching");
                } else {
                    ran.add(key);
                }
            }
        }
        if (lock != null) locked(connection, lock).ifPresent(problems::add);
        if (changelog.isEmpty()) {
            problems.add("cannot tell whether Liquibase has change sets still to run: no master change log found"
                    + " (name it with --liquibase-changelog)");
        } else {
            for (LiquibaseChangelog.ChangeSet changeSet : LiquibaseChangelog.read(changelog.get())) {
                if (!ran.contains(changeSet.key())) {
                    problems.add("Liquibase change set " + changeSet.key() + " (" + changeSet.file().getFileName()
                            + ") has not run: run liquibase update first, so that the database is where the change log ends");
                }
            }
        }
        return new OtherToolHistory(HistoryTableLayout.LIQUIBASE_CHANGELOG, table, count + " change sets applied", problems);
    }

    private static Optional<String> locked(Connection connection, QualifiedName lock) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT lockedby, lockgranted FROM " + Identifiers.alwaysQuote(lock)
                     + " WHERE locked")) {
            if (!rows.next()) return Optional.empty();
            return Optional.of("Liquibase's lock " + lock + " is held (by " + rows.getString(1) + " since " + rows.getString(2)
                    + "): wait for that update to finish, or release a stale lock with liquibase release-locks");
        }
    }
}
