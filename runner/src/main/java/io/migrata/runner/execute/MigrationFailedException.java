package io.migrata.runner.execute;

import io.migrata.runner.RunnerException;

import java.sql.SQLException;
import java.util.List;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * A revision's statement failed while it ran. The revision was rolled back (except statements
 * that had to run outside a transaction and had already run), the database is at the last
 * completed revision, and the failed attempt is in {@code migrata_history}.
 */
public final class MigrationFailedException extends RunnerException {

    private final String revision;
    private final boolean upgrade;
    private final int statementNumber;
    private final int statementCount;
    private final String statement;
    private final String serverMessage;
    private final String sqlState;
    private final int statementsLeftApplied;
    private final List<String> databaseAt;

    /**
     * @param statementNumber       1-based number of the failing statement, or 0 when the version table update failed
     * @param statement             the failing statement, folded onto one line and trimmed
     * @param statementsLeftApplied how many of the revision's statements were committed before the failure
     * @param databaseAt            the version table's heads after the failure
     */
    public MigrationFailedException(String revision, boolean upgrade, int statementNumber, int statementCount,
                                    String statement, SQLException cause, int statementsLeftApplied, List<String> databaseAt) {
        super(message(revision, upgrade, statementNumber, statementCount, statement, serverMessage(cause), cause.getSQLState(),
                statementsLeftApplied, databaseAt), cause);
        this.revision = revision;
        this.upgrade = upgrade;
        this.statementNumber = statementNumber;
        this.statementCount = statementCount;
        this.statement = statement;
        this.serverMessage = serverMessage(cause);
        this.sqlState = cause.getSQLState();
        this.statementsLeftApplied = statementsLeftApplied;
        this.databaseAt = List.copyOf(databaseAt);
    }

    public String revision() {
        return revision;
    }

    public boolean upgrade() {
        return upgrade;
    }

    /** 1-based; 0 when the statements all ran and the version table update failed. */
    public int statementNumber() {
        return statementNumber;
    }

    public int statementCount() {
        return statementCount;
    }

    public String statement() {
        return statement;
    }

    /** PostgreSQL's own message, with its detail and hint when it gave them. */
    public String serverMessage() {
        return serverMessage;
    }

    public String sqlState() {
        return sqlState;
    }

    public int statementsLeftApplied() {
        return statementsLeftApplied;
    }

    /** The revisions the version table names after the failure (none: base). */
    public List<String> databaseAt() {
        return databaseAt;
    }

    static String serverMessage(SQLException error) {
        if (error instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            StringBuilder text = new StringBuilder(String.valueOf(server.getMessage()));
            if (server.getDetail() != null) text.append(" (detail: ").append(server.getDetail()).append(')');
            if (server.getHint() != null) text.append(" (hint: ").append(server.getHint()).append(')');
            return oneLine(text.toString());
        }
        return oneLine(error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage());
    }

    private static String message(String revision, boolean upgrade, int number, int count, String statement,
                                  String serverMessage, String sqlState, int leftApplied, List<String> databaseAt) {
        String direction = upgrade ? "upgrade" : "downgrade";
        String where = number == 0
                ? "while recording it in the version table, after all " + count + " statements"
                : "at statement " + number + " of " + count + ": " + statement;
        String at = databaseAt.isEmpty() ? "base" : String.join(", ", databaseAt);
        String state = sqlState == null ? "" : " [SQLSTATE " + sqlState + "]";
        String outcome = leftApplied == 0
                ? "Nothing of it stays applied; the database is still at " + at + ". Fix the cause and run " + direction
                + " again."
                : "Statements 1 to " + leftApplied + " are committed and recorded in migrata_progress, while the database"
                + " is still recorded at " + at + ": fix the cause and run " + direction + " again, which resumes at"
                + " statement " + (leftApplied + 1) + ".";
        return direction + " of revision " + revision + " failed " + where + "\n  PostgreSQL: " + serverMessage + state
                + "\n  " + outcome;
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
