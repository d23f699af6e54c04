package io.migrata.workflow.error;

import io.migrata.workflow.MigrataException;
import io.migrata.workflow.MigrataException.Kind;
import io.migrata.workflow.config.ConfigurationException;
import io.migrata.workflow.config.ConnectionSettings;
import io.migrata.workflow.connect.CannotConnectException;
import io.migrata.workflow.connect.ScratchDatabaseException;
import io.migrata.workflow.embedded.EmbeddedDatabaseException;
import io.migrata.codegen.MigrationWriteException;
import io.migrata.diff.ConversionRequiredException;
import io.migrata.diff.ExpandContractRefusedException;
import io.migrata.diff.InvalidRenameHintException;
import io.migrata.entities.EntityModelException;
import io.migrata.introspect.UnknownSchemaException;
import io.migrata.runner.RunnerException;
import io.migrata.runner.execute.MigrationFailedException;
import io.migrata.runner.load.MigrationCodeException;
import io.migrata.runner.lock.LockTimeoutException;
import io.migrata.runner.sql.UnsupportedChangeException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The one place that turns an exception into the kind of failure and the one line the user reads:
 * what went wrong and what to do about it. Connection failures are told apart by SQLState
 * (08xxx connection, 28P01/28000 login, 3D000 unknown database) and by the network exception
 * underneath. Messages may still hold secrets from the server or the driver: the caller passes
 * them through a {@link Redactor}.
 */
public final class Failures {

    private Failures() {
    }

    /** The failure {@code error} is, with {@code error} as its cause; a {@link MigrataException} is returned as it is. */
    public static MigrataException classify(Throwable error) {
        if (error instanceof MigrataException known) return known;
        Failure failure = map(error);
        return new MigrataException(failure.kind(), failure.message(), error);
    }

    private record Failure(Kind kind, String message) {
    }

    private static Failure map(Throwable error) {
        if (error instanceof ConfigurationException || error instanceof UnknownSchemaException
                || error instanceof EntityModelException || error instanceof InvalidRenameHintException
                || error instanceof ConversionRequiredException || error instanceof ExpandContractRefusedException
                || error instanceof ScratchDatabaseException || error instanceof MigrationWriteException
                || error instanceof UnsupportedChangeException) {
            return new Failure(Kind.USAGE, oneLine(error.getMessage()));
        }
        if (error instanceof MigrationFailedException || error instanceof LockTimeoutException
                || error instanceof MigrationCodeException) {
            return new Failure(Kind.MIGRATION_FAILED, oneLine(error.getMessage()));
        }
        // The revision graph, targets, loading and compiling migrations, checksums, version rows.
        if (error instanceof RunnerException) {
            return new Failure(Kind.USAGE, oneLine(error.getMessage()));
        }
        if (error instanceof CannotConnectException cannotConnect) {
            return new Failure(Kind.CANNOT_CONNECT, connectionFailure(cannotConnect));
        }
        if (error instanceof EmbeddedDatabaseException) {
            return new Failure(Kind.CANNOT_CONNECT, oneLine(error.getMessage()));
        }
        if (error instanceof SQLException sql) {
            return databaseError(sql);
        }
        return new Failure(Kind.INTERNAL, "internal error: " + error.getClass().getName()
                + (error.getMessage() == null ? "" : ": " + oneLine(error.getMessage()))
                + " (run with --verbose for the stack trace, and please report it)");
    }

    private static Failure databaseError(SQLException error) {
        String state = error.getSQLState() == null ? "" : error.getSQLState();
        if (state.startsWith("08")) {
            return new Failure(Kind.CANNOT_CONNECT, "lost the connection to the database: " + message(error)
                    + " (check the network and the server's log, then run the command again)");
        }
        return new Failure(Kind.INTERNAL, "database error: " + message(error)
                + (state.isEmpty() ? "" : " [SQLSTATE " + state + "]") + " (run with --verbose for details)");
    }

    private static String connectionFailure(CannotConnectException error) {
        ConnectionSettings settings = error.settings();
        SQLException cause = error.getCause();
        if (settings == null) return error.getMessage() + ": " + message(cause) + " (check the application's data source)";
        String where = error.origin().label();
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        String message = message(cause);
        String user = "user \"" + settings.user() + "\"";
        String servers = settings.hostList();
        switch (state) {
            case "28P01":
                return "password authentication failed for " + user + " on " + settings.target()
                        + " (check the password in " + where + ")";
            case "3D000":
                return "database \"" + settings.database() + "\" does not exist on " + servers
                        + " (create it or fix " + where + ")";
            case "28000":
                if (message.startsWith("role ")) {
                    return "role \"" + settings.user() + "\" does not exist on " + servers + " (check the user name in " + where + ")";
                }
                if (message.contains("pg_hba.conf")) {
                    return "the server at " + servers + " does not accept " + user + " from this host: " + message
                            + " (add a pg_hba.conf entry on the server, or check sslmode in " + where + ")";
                }
                return "the server at " + servers + " refused " + user + ": " + message + " (check the user in " + where + ")";
            case "53300":
                return "the server at " + servers + " has too many connections: " + message + " (try again later)";
            case "08P01":
                // pgjdbc's protocol violation while logging in: the port answered, but not as PostgreSQL does.
                return "cannot connect to " + servers + ": the server there does not answer like PostgreSQL"
                        + " (check the host and port in " + where + ")";
            case "57P03":
                return "the server at " + servers + " is starting up or shutting down (try again in a moment)";
            default:
                break;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("no password was provided")) {
            return "the server at " + servers + " asks for a password for " + user + " but none was given"
                    + " (add it to " + where + ": postgresql://" + settings.user() + ":password@host/database)";
        }
        if (lower.contains("does not support ssl")) {
            return "the server at " + servers + " does not support SSL"
                    + " (use sslmode=prefer or sslmode=disable in " + where + ", or enable SSL on the server)";
        }
        String network = networkProblem(cause, settings, where);
        if (network != null) return "cannot connect to " + servers + ": " + network;
        return "cannot connect to " + servers + ": " + message + " (check " + where + ")";
    }

    /** The failure of the socket underneath, if that is what went wrong. */
    private static String networkProblem(Throwable error, ConnectionSettings settings, String where) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return "unknown host (check the host name in " + where + ")";
            }
            if (t instanceof SocketTimeoutException timeout) {
                String detail = timeout.getMessage() == null ? "" : timeout.getMessage().toLowerCase(Locale.ROOT);
                if (detail.contains("connect")) {
                    return "timed out after " + settings.connectTimeoutSeconds() + " s"
                            + " (check the host and port in " + where + ", and that no firewall blocks them)";
                }
                return "the server accepted the connection but did not answer within " + settings.loginTimeoutSeconds()
                        + " s (a stuck pooler or load balancer, or not a PostgreSQL port? check the host and port in "
                        + where + "; loginTimeout=SECONDS in the URL sets the bound)";
            }
            if (t instanceof NoRouteToHostException) {
                return "no route to host (check the host in " + where + " and the network)";
            }
            if (t instanceof ConnectException) {
                String detail = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
                if (detail.contains("refused")) return "connection refused (is PostgreSQL running? check " + where + ")";
                return (detail.isEmpty() ? "connection failed" : detail) + " (check the host and port in " + where + ")";
            }
        }
        return null;
    }

    /** The server's own message when there is one (without "FATAL:" and the detail lines), else the driver's. */
    private static String message(SQLException error) {
        if (error instanceof PSQLException psql) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            if (server != null && server.getMessage() != null) return oneLine(server.getMessage());
        }
        return error.getMessage() == null ? error.getClass().getSimpleName() : oneLine(error.getMessage());
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
