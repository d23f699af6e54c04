package io.migrata.runner.offline;

import io.migrata.runner.checksum.RevisionChecksum;
import io.migrata.runner.execute.RevisionSql;
import io.migrata.runner.execute.SqlStatement;
import io.migrata.runner.graph.PlannedStep;
import io.migrata.runner.load.HistoryReplay;
import io.migrata.runner.sql.RenderOptions;
import io.migrata.runner.version.HistoryAction;
import io.migrata.runner.version.VersionTables;

import java.util.List;

/**
 * The SQL an upgrade or downgrade would run, as one script for {@code psql}, written without a
 * database: the version tables' DDL, then each revision between {@code BEGIN;} and {@code COMMIT;}
 * with its version row update and history row, and statements that cannot run in a transaction
 * block between the transactions. No lock: whoever runs the script is the only migrator.
 */
public final class OfflineScript {

    private OfflineScript() {
    }

    public static String render(String title, List<PlannedStep> steps, HistoryReplay replay, RenderOptions options,
                                VersionTables tables) {
        RevisionSql sql = new RevisionSql(replay, options);
        StringBuilder script = new StringBuilder();
        script.append("-- Migrata ").append(title).append('\n');
        script.append("-- ").append(steps.size()).append(steps.size() == 1 ? " revision" : " revisions")
                .append("; run with: psql -v ON_ERROR_STOP=1 -f <this file>\n\n");
        // Expressions (defaults, checks, view bodies) are spelled as the catalog spells them with
        // this on; pg_dump's scripts start the same way.
        script.append("SET standard_conforming_strings = on;\n\n");
        for (String ddl : tables.createStatements()) script.append(ddl).append(";\n\n");
        for (PlannedStep step : steps) revision(script, step, replay, sql, tables);
        return script.toString();
    }

    private static void revision(StringBuilder script, PlannedStep step, HistoryReplay replay, RevisionSql sql,
                                 VersionTables tables) {
        String id = step.revision().id();
        boolean transactional = replay.migrations().get(id).transactional();
        List<SqlStatement> statements = step.upgrade() ? sql.upgrade(id) : sql.downgrade(id);
        script.append("-- ").append(step.describe());
        if (!step.revision().message().isEmpty()) script.append(": ").append(oneLine(step.revision().message()));
        script.append('\n');
        boolean inTransaction = false;
        if (!transactional) {
            script.append("-- revision ").append(step.revision().id()).append(" runs outside a transaction\n");
        }
        for (SqlStatement statement : statements) {
            boolean wanted = transactional && statement.transactional();
            if (wanted != inTransaction) {
                script.append(wanted ? "BEGIN;\n" : "COMMIT;\n");
                inTransaction = wanted;
            }
            if (!statement.transactional() && transactional) {
                script.append("-- cannot run inside a transaction block\n");
            }
            script.append(statement.terminated()).append('\n');
        }
        if (!inTransaction) script.append("BEGIN;\n");
        for (String update : tables.moveHeadsStatements(step.headsBefore(), step.headsAfter())) script.append(update).append(";\n");
        HistoryAction action = step.upgrade() ? HistoryAction.UPGRADE : HistoryAction.DOWNGRADE;
        script.append(tables.insertHistoryStatement(step.revision().id(), action, RevisionChecksum.of(replay, id))).append(";\n");
        script.append("COMMIT;\n\n");
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
