package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that accepts TCP connections and never answers (a stuck pooler, a half-open load
 * balancer): every command gives up after the login timeout with exit 3 and one line, instead of
 * waiting forever. A migration statement that keeps the server silent for longer than the read
 * timeout still completes.
 */
// Without the bounds a command waits forever; the timeout turns that into a failure.
@Timeout(60)
@ExtendWith(PostgresExtension.class)
class UnansweringServerTest {

    @TempDir
    Path dir;

    private ServerSocket listener;
    private final List<Socket> accepted = new ArrayList<>();

    @BeforeEach
    void listen() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    Socket socket = listener.accept();
                    synchronized (accepted) {
                        accepted.add(socket);
                    }
                }
            } catch (IOException closed) {
                // the listener was closed: the test is over
            }
        }, "never-answering listener");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void close() throws IOException {
        listener.close();
        synchronized (accepted) {
            for (Socket socket : accepted) socket.close();
        }
    }

    private String silentUrl(String query) {
        return "postgresql://app@127.0.0.1:" + listener.getLocalPort() + "/app" + query;
    }

    private String expectedLine(int seconds) {
        return "migrata: cannot connect to 127.0.0.1:" + listener.getLocalPort() + ": the server accepted the connection"
                + " but did not answer within " + seconds + " s (a stuck pooler or load balancer, or not a PostgreSQL port?"
                + " check the host and port in --url; loginTimeout=SECONDS in the URL sets the bound)";
    }

    @Test
    void pingGivesUpAfterTheDefaultLoginTimeout(TestDatabase db) {
        Project project = Project.of(dir, db, "shop");
        project.run("ping", "--url", silentUrl("")).assertFailure(ExitCode.CANNOT_CONNECT, expectedLine(10));
    }

    @Test
    void pingGivesUpEvenWithAConnectTimeoutInTheUrl(TestDatabase db) {
        Project project = Project.of(dir, db, "shop");
        project.run("ping", "--url", silentUrl("?connect_timeout=5&loginTimeout=3"))
                .assertFailure(ExitCode.CANNOT_CONNECT, expectedLine(3));
    }

    @Test
    void currentGivesUpAfterTheLoginTimeout(TestDatabase db) {
        Project project = Project.of(dir, db, "shop");
        project.run("current", "--url", silentUrl("?loginTimeout=2")).assertFailure(ExitCode.CANNOT_CONNECT, expectedLine(2));
    }

    @Test
    void upgradeGivesUpAfterTheDefaultLoginTimeout(TestDatabase db) {
        Project project = Project.of(dir, db, "shop");
        project.run("upgrade", "head", "--quiet", "--url", silentUrl(""))
                .assertFailure(ExitCode.CANNOT_CONNECT, expectedLine(10));
    }

    @Test
    void aMigrationStatementMayOutlastTheReadTimeout(TestDatabase db) throws SQLException {
        Project project = Project.of(dir, db, "shop");
        project.write("migrations/versions/M20260103_003_Slow.java", """
                package migrations;

                import io.migrata.schema.migration.Migration;
                import io.migrata.schema.migration.Operations;
                import io.migrata.schema.migration.Revision;

                @Revision(id = "003_slow", parents = "002_invoices", message = "slow", created = "2026-01-03T10:00:00Z")
                public final class M20260103_003_Slow implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        op.execute("SELECT pg_sleep(3)");
                    }

                    @Override
                    public void downgrade(Operations op) {
                    }
                }
                """);
        String url = db.urlWithCredentials() + "&socketTimeout=1";
        CliRun run = project.run("upgrade", "head", "--quiet", "--url", url);
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertEquals("003_slow", Catalog.strings(db, "SELECT version_num FROM public.migrata_version"));
    }
}
