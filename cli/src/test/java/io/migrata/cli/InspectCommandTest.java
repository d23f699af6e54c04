package io.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import io.migrata.workflow.config.ConfiguredUrl;
import io.migrata.workflow.config.ConnectionSettings;
import io.migrata.workflow.config.DatabaseUrlParser;
import io.migrata.workflow.config.UrlOrigin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PostgresExtension.class)
class InspectCommandTest {

    /** A password that needs every kind of encoding; the test server ignores it (trust), messages must not show it. */
    private static final String PASSWORD = "S3cr@t:p/w+%x";
    private static final String ENCODED_PASSWORD = "S3cr%40t%3Ap%2Fw%2B%25x";

    private static TestDatabase rich;

    @TempDir
    Path project;

    @BeforeAll
    static void createRichSchema(TestDatabase db) throws SQLException, IOException {
        db.execute(resource("fixtures/rich-schema.sql"));
        rich = db;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = InspectCommandTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The server behind a test database, so a test can name other databases and users on it. */
    private static String server(TestDatabase db) {
        ConnectionSettings settings = DatabaseUrlParser.parse(new ConfiguredUrl(db.url(), UrlOrigin.FLAG), db.user());
        return settings.hostList();
    }

    @Test
    void inspectJson() throws IOException {
        CliRun run = CliRun.run("-C", project.toString(), "inspect", "--url", rich.urlWithCredentials(), "--format", "json");
        assertEquals("", run.err());
        assertEquals(ExitCode.OK, run.exitCode());
        Golden.assertJsonMatches("InspectCommandTest.inspectJson.json", run.out());
    }

    @Test
    void inspectText() throws IOException {
        CliRun run = CliRun.run("-C", project.toString(), "inspect", "--url", rich.urlWithCredentials());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        Golden.assertMatches("InspectCommandTest.inspectText.txt", run.out());
    }

    @Test
    void theSameDatabasePrintsTheSameBytes() {
        String[] args = {"-C", project.toString(), "inspect", "--url", rich.urlWithCredentials(), "--format", "json"};
        assertEquals(CliRun.run(args).out(), CliRun.run(args).out());
    }

    @Test
    void readsOnlyTheSchemasAskedForAndLeavesOutExcludedTables() {
        CliRun run = CliRun.run("inspect", "--url", rich.urlWithCredentials(), "--format", "json",
                "--schema", "Sales Data", "--exclude", "Open*");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        JsonNode schema = Json.parse(run.out());
        assertEquals(List.of("Sales Data"), Json.strings(schema.get("schemas")));
        List<String> tables = Json.names(schema.get("tables"));
        assertTrue(tables.contains("Order"), tables.toString());
        assertFalse(tables.contains("user"), tables.toString());
        assertFalse(run.out().contains("Open Orders"));
    }

    @Test
    void demoCreatesTheSeedTablesInAnEmptyDatabaseOnlyOnce(TestDatabase db) {
        CliRun first = CliRun.run("inspect", "--url", db.urlWithCredentials(), "--demo");
        assertEquals(ExitCode.OK, first.exitCode(), first.err());
        assertTrue(first.err().startsWith("created the demo schema (8 tables) in "), first.err());
        for (String table : new String[] {"users", "meters", "tariffs", "verifications", "bills", "disputes",
                "exchange_rates", "audit_logs"}) {
            assertTrue(first.out().contains("\n  table " + table + "\n"), table);
        }
        assertTrue(first.out().contains("  enum bill_status ('pending', 'verified', 'paid', 'disputed', 'cancelled')"));
        assertTrue(first.out().contains("REFERENCES public.users (id) ON DELETE CASCADE"));

        CliRun second = CliRun.run("inspect", "--url", db.urlWithCredentials(), "--demo");
        assertEquals("", second.err());
        assertEquals(first.out(), second.out());
    }

    @Test
    void anUnknownSchemaIsAUsageError() {
        CliRun.run("inspect", "--url", rich.urlWithCredentials(), "--schema", "sales data")
                .assertFailure(ExitCode.USAGE, "migrata: schema \"sales data\" does not exist (the database has: Sales Data, public);"
                        + " schema names are case-sensitive, fix the schema list");
    }

    @Test
    void aMalformedUrlIsAUsageErrorThatHidesThePassword() {
        CliRun.run("inspect", "--url", "postgresql://bob:" + PASSWORD + "@db.example:54x2/app")
                .assertFailure(ExitCode.USAGE, "migrata: --url is not a valid PostgreSQL URL: the password has a '%' that is not"
                        + " followed by two hex digits (write a literal % as %25) (expected postgresql://user:password@host:5432/database)",
                        PASSWORD, "S3cr@t");
        CliRun.run(Map.of("DATABASE_URL", "postgresql://bob:" + ENCODED_PASSWORD + "@db.example:54x2/app"), "inspect")
                .assertFailure(ExitCode.USAGE, "migrata: DATABASE_URL is not a valid PostgreSQL URL: port '54x2' is not a number"
                        + " from 1 to 65535 (expected postgresql://user:password@host:5432/database)", PASSWORD, ENCODED_PASSWORD);
    }

    @Test
    void aRefusedConnectionSaysSoAndNamesTheSetting() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "postgresql://bob:" + ENCODED_PASSWORD + "@127.0.0.1:" + closedPort + "/app";
        CliRun.run(Map.of("DATABASE_URL", url), "inspect")
                .assertFailure(ExitCode.CANNOT_CONNECT, "migrata: cannot connect to 127.0.0.1:" + closedPort
                        + ": connection refused (is PostgreSQL running? check DATABASE_URL)", PASSWORD, ENCODED_PASSWORD);
    }

    @Test
    void anUnknownHostSaysSo() throws IOException {
        Files.writeString(project.resolve(".env"), "DATABASE_URL=postgresql://bob:" + ENCODED_PASSWORD + "@no-such-host.invalid/app\n");
        CliRun.run("-C", project.toString(), "inspect")
                .assertFailure(ExitCode.CANNOT_CONNECT, "migrata: cannot connect to no-such-host.invalid:5432: unknown host"
                        + " (check the host name in DATABASE_URL in .env)", PASSWORD, ENCODED_PASSWORD);
    }

    @Test
    void aPortThatIsNotPostgresqlSaysSo() throws IOException, InterruptedException {
        try (ServerSocket http = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> answerLikeAWebServer(http));
            server.start();
            CliRun.run("inspect", "--url", "postgresql://bob:" + ENCODED_PASSWORD + "@127.0.0.1:" + http.getLocalPort() + "/app")
                    .assertFailure(ExitCode.CANNOT_CONNECT, "migrata: cannot connect to 127.0.0.1:" + http.getLocalPort()
                            + ": the server there does not answer like PostgreSQL (check the host and port in --url)",
                            PASSWORD, ENCODED_PASSWORD);
            server.join(10_000);
        }
    }

    private static void answerLikeAWebServer(ServerSocket listener) {
        try (Socket client = listener.accept()) {
            client.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anUnknownDatabaseIsNamed(TestDatabase db) {
        String server = server(db);
        CliRun.run("inspect", "--url", "postgresql://" + db.user() + ":" + ENCODED_PASSWORD + "@" + server + "/no_such_db")
                .assertFailure(ExitCode.CANNOT_CONNECT, "migrata: database \"no_such_db\" does not exist on " + server
                        + " (create it or fix --url)", PASSWORD, ENCODED_PASSWORD);
    }

    @Test
    void anUnknownRoleIsNamed(TestDatabase db) throws IOException {
        String server = server(db);
        Files.writeString(project.resolve("migrata.properties"),
                "migrata.url=postgresql://no_such_role:" + ENCODED_PASSWORD + "@" + server + "/" + db.name() + "\n");
        CliRun.run("-C", project.toString(), "inspect")
                .assertFailure(ExitCode.CANNOT_CONNECT, "migrata: role \"no_such_role\" does not exist on " + server
                        + " (check the user name in migrata.url in migrata.properties)", PASSWORD, ENCODED_PASSWORD);
    }

    @Test
    void verboseAddsTheStackTraceButNeverThePassword() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CliRun run = CliRun.run("inspect", "--verbose", "--url",
                "jdbc:postgresql://127.0.0.1:" + closedPort + "/app?user=bob&password=" + ENCODED_PASSWORD);
        assertEquals(ExitCode.CANNOT_CONNECT, run.exitCode());
        assertTrue(run.err().startsWith("migrata: cannot connect to 127.0.0.1:" + closedPort + ": connection refused"), run.err());
        assertTrue(run.err().contains("\tat "), "a stack trace");
        run.assertNoSecrets(PASSWORD, ENCODED_PASSWORD);
    }

    @Test
    void aMissingProjectDirectoryIsAUsageError() {
        CliRun.run("-C", project.resolve("missing").toString(), "inspect", "--url", rich.urlWithCredentials())
                .assertFailure(ExitCode.USAGE, "migrata: -C " + project.resolve("missing") + ": no such directory");
    }

    @Test
    void aBadOptionIsAUsageErrorOnOneLine() {
        CliRun.run("inspect", "--format", "yaml")
                .assertFailure(ExitCode.USAGE, "migrata: Invalid value for option '--format': expected one of [text, json]"
                        + " (case-sensitive) but was 'yaml' (see 'migrata inspect --help')");
        CliRun.run("inspect", "postgresql://bob:" + ENCODED_PASSWORD + "@h/db")
                .assertFailure(ExitCode.USAGE, "migrata: Unmatched argument at index 1: 'postgresql://bob:***@h/db'"
                        + " (see 'migrata inspect --help')", PASSWORD, ENCODED_PASSWORD);
    }

    @Test
    void globalOptionsWorkBeforeAndAfterTheCommand() {
        CliRun run = CliRun.run("inspect", "-C", project.resolve("missing").toString(), "--url", rich.urlWithCredentials());
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("no such directory"), run.err());
    }

    @Test
    void versionAndHelpSucceed() {
        CliRun version = CliRun.run("--version");
        assertEquals(ExitCode.OK, version.exitCode());
        assertTrue(version.out().matches("migrata \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n"), version.out());
        CliRun help = CliRun.run("help", "inspect");
        assertEquals(ExitCode.OK, help.exitCode());
        assertTrue(help.out().startsWith("Usage: migrata inspect "), help.out());
        assertEquals(ExitCode.USAGE, CliRun.run().exitCode());
    }
}
