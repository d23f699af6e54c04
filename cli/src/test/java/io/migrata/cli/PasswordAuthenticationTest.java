package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The password paths against a server that really asks for one. The shared test server trusts
 * every local connection, so this test starts its own embedded PostgreSQL with a pg_hba.conf that
 * requires SCRAM passwords for every user but the superuser (whom the embedded starter connects as).
 */
class PasswordAuthenticationTest {

    private static final String PASSWORD = "p@ss:w/rd+%é";
    private static final String ENCODED_PASSWORD = "p%40ss%3Aw%2Frd%2B%25%C3%A9";

    @TempDir
    static Path directory;

    private static EmbeddedPostgres server;
    private static String address;

    @BeforeAll
    static void startServerThatAsksForPasswords() throws IOException, SQLException {
        Path hba = directory.resolve("pg_hba.conf");
        Files.writeString(hba, """
                host all postgres 127.0.0.1/32 trust
                host all postgres ::1/128 trust
                host all all 127.0.0.1/32 scram-sha-256
                host all all ::1/128 scram-sha-256
                """);
        server = EmbeddedPostgres.builder()
                .setDataDirectory(directory.resolve("data"))
                .setServerConfig("hba_file", hba.toString())
                .setServerConfig("password_encryption", "scram-sha-256")
                .start();
        address = "127.0.0.1:" + server.getPort();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE bob LOGIN PASSWORD '" + PASSWORD.replace("'", "''") + "'");
        }
    }

    @AfterAll
    static void stopServer() throws IOException {
        if (server != null) server.close();
    }

    @Test
    void theRightPasswordPercentEncodedConnects() {
        CliRun run = CliRun.run("inspect", "--url", "postgresql://bob:" + ENCODED_PASSWORD + "@" + address + "/postgres");
        assertEquals("", run.err());
        assertEquals(ExitCode.OK, run.exitCode());
        assertTrue(run.out().startsWith("schema public\n"), run.out());
    }

    @Test
    void theRightPasswordInTheJdbcFormConnects() {
        CliRun run = CliRun.run("inspect", "--url",
                "jdbc:postgresql://" + address + "/postgres?user=bob&password=" + ENCODED_PASSWORD);
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
    }

    @Test
    void aWrongPasswordIsAnAuthenticationFailure() {
        String wrong = "not-" + ENCODED_PASSWORD;
        CliRun.run("inspect", "--url", "postgresql://bob:" + wrong + "@" + address + "/postgres")
                .assertFailure(ExitCode.CANNOT_CONNECT, "migrata: password authentication failed for user \"bob\" on "
                        + address + "/postgres (check the password in --url)", wrong, "not-" + PASSWORD, PASSWORD);
    }

    @Test
    void aWrongPasswordInVerboseModeStillShowsNoPassword() {
        String wrong = "Wr0ng%2Bpw";
        CliRun run = CliRun.run("--verbose", "inspect", "--url", "postgresql://bob:" + wrong + "@" + address + "/postgres");
        assertEquals(ExitCode.CANNOT_CONNECT, run.exitCode());
        assertTrue(run.err().contains("\tat "), "a stack trace");
        run.assertNoSecrets(wrong, "Wr0ng+pw");
    }

    @Test
    void noPasswordTellsWhereToPutIt() {
        CliRun.run("inspect", "--url", "postgresql://bob@" + address + "/postgres")
                .assertFailure(ExitCode.CANNOT_CONNECT, "migrata: the server at " + address + " asks for a password for user"
                        + " \"bob\" but none was given (add it to --url: postgresql://bob:password@host/database)");
    }
}
