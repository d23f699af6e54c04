package io.migrata.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.migrata.cli.MigrataCommand;
import io.migrata.runner.lock.AdvisoryLock;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import io.migrata.workflow.config.HostPort;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wrong input to every command, one row per case: each must exit with its documented code, print
 * exactly one line on stderr and nothing that looks like a stack trace or a password, and leave
 * the database exactly as it was (its catalog and version tables compared before and after). The
 * database is at the head of Hedera Flow's history throughout; each case gets its own copy of the
 * project to break.
 */
@ExtendWith(PostgresExtension.class)
class BadInputTest {

    private static final String SECRET = "s3cretPw";
    private static final String PASSWORD = "Right-Pa55";
    private static final String R3 = "003_index_bills_by_meter_check_ocr_confidence";

    @TempDir
    static Path root;

    private static TestDatabase db;
    private static List<String> baseline;
    private static EmbeddedPostgres passwordServer;
    private static Path unloadableEntities;
    private static int closedPort;

    /** What a case may arrange before its command runs. */
    static final class Setup {
        final HederaProject project;
        final Map<String, String> environment;
        final List<AutoCloseable> cleanups = new ArrayList<>();

        Setup(HederaProject project, Map<String, String> environment) {
            this.project = project;
            this.environment = environment;
        }

        /** An empty migration after {@code parent}, in a file of its own. */
        Setup revision(String className, String id, String parent) {
            project.writeRevision(className, emptyMigration(className, id, parent));
            return this;
        }

        /** A local server URL for database {@code name} with {@code credentials} ("user" or "user:password"). */
        String localUrl(String credentials, String name) {
            return "postgresql://" + credentials + "@" + hostAndPort() + "/" + name;
        }
    }

    record Case(String name, int exitCode, String fragment, Function<Setup, String[]> command) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case of(String name, int exitCode, String fragment, Function<Setup, String[]> command) {
        return new Case(name, exitCode, fragment, command);
    }

    private static Case of(String name, int exitCode, String fragment, String... args) {
        return new Case(name, exitCode, fragment, setup -> args);
    }

    @BeforeAll
    static void databaseAtHead(TestDatabase database) throws IOException, SQLException {
        db = database;
        HederaProject project = HederaProject.copy(root.resolve("setup"));
        Run upgrade = run(project, HederaProject.environment(db), "upgrade", "head");
        assertEquals(0, upgrade.exitCode(), upgrade.err());
        baseline = CatalogSnapshot.of(db);
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        unloadableEntities = compileEntityNeedingAMissingClass(root.resolve("unloadable"));
    }

    @AfterAll
    static void stopPasswordServer() throws IOException {
        if (passwordServer != null) passwordServer.close();
    }

    static Stream<Case> cases() {
        return Stream.of(
                // Where the database is, and who may log in
                of("malformed URL port", 2, "not a number", "current", "--url", "postgresql://u:" + SECRET + "@127.0.0.1:abc/app"),
                of("not a PostgreSQL URL", 2, "--url", "upgrade", "head", "--url", "mysql://u:" + SECRET + "@127.0.0.1/app"),
                of("empty --url", 2, "--url", "current", "--url", ""),
                of("connection refused", 3, "connection refused",
                        s -> new String[] {"upgrade", "head", "--url", "postgresql://u:" + SECRET + "@127.0.0.1:" + closedPort + "/app"}),
                of("unknown host", 3, "no-such-host.invalid",
                        "current", "--url", "postgresql://u:" + SECRET + "@no-such-host.invalid:5432/app"),
                of("unknown database", 3, "does not exist",
                        s -> new String[] {"upgrade", "head", "--url", s.localUrl(db.user(), "no_such_database_e2e")}),
                of("unknown role", 3, "nobody_e2e",
                        s -> new String[] {"current", "--url", s.localUrl("nobody_e2e:" + SECRET, db.name())}),
                of("wrong password", 3, "password authentication failed",
                        s -> new String[] {"upgrade", "head", "--url", passwordServerUrl("bob:" + SECRET)}),
                of("missing password", 3, "asks for a password",
                        s -> new String[] {"current", "--url", passwordServerUrl("bob")}),
                of("ping on a closed port", 3, "connection refused",
                        s -> new String[] {"ping", "--url", "postgresql://u:" + SECRET + "@127.0.0.1:" + closedPort + "/app"}),
                of("drift on an unknown database", 3, "does not exist",
                        s -> new String[] {"drift", "--url", s.localUrl(db.user(), "no_such_database_e2e")}),
                // Configuration files and flags
                of("malformed URL in .env", 2, ".env", s -> {
                    s.environment.remove("DATABASE_URL");
                    s.project.write(".env", "DATABASE_URL=postgresql://u:" + SECRET + "@127.0.0.1:99999/app\n");
                    return new String[] {"upgrade", "head"};
                }),
                of("not a PostgreSQL URL in .env", 2, ".env", s -> {
                    s.environment.remove("DATABASE_URL");
                    s.project.write(".env", "export DATABASE_URL='mysql://u:" + SECRET + "@db/app'\n");
                    return new String[] {"current"};
                }),
                of("malformed URL in migrata.properties", 2, "migrata.properties", s -> {
                    s.environment.remove("DATABASE_URL");
                    append(s, "migrata.url=postgresql://u:" + SECRET + "@127.0.0.1:0x1/app\n");
                    return new String[] {"downgrade", "-1"};
                }),
                of("unterminated quote in .env", 2, "never closed", s -> {
                    s.environment.remove("DATABASE_URL");
                    s.project.write(".env", "DATABASE_URL=\"postgresql://u:" + SECRET + "@127.0.0.1/app\n");
                    return new String[] {"current"};
                }),
                of("a .env that is not text", 2, "is not a text file", s -> {
                    s.environment.remove("DATABASE_URL");
                    writeBytes(s.project.dir().resolve(".env"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 'D', (byte) 0xc3});
                    return new String[] {"current"};
                }),
                of("migrata.properties that is a directory", 2, "is a directory", s -> {
                    replaceWithDirectory(s.project.dir().resolve("migrata.properties"));
                    return new String[] {"current"};
                }),
                of("a versions directory that is a file", 2, "which is a file, not a directory", s -> {
                    replaceWithFile(s.project.versions());
                    return new String[] {"upgrade", "head"};
                }),
                of("malformed lock timeout in migrata.properties", 2, "lock-timeout", s -> {
                    append(s, "migrata.lock-timeout=soon\n");
                    return new String[] {"downgrade", "-1"};
                }),
                of("malformed lock timeout flag", 2, "banana", "upgrade", "head", "--lock-timeout", "banana"),
                of("unknown naming strategy", 2, "NoSuchStrategy", s -> {
                    append(s, "migrata.entities.naming=com.example.NoSuchStrategy\n");
                    return new String[] {"revision", "--autogenerate", "-m", "more"};
                }),
                of("unknown option", 2, "--frobnicate", "upgrade", "head", "--frobnicate"),
                of("unknown command", 2, "frobnicate", "frobnicate"),
                of("unknown output format", 2, "xml", "current", "--format", "xml"),
                of("-C names no directory", 2, "no such directory", "-C", "/no/such/project", "current"),
                of("unknown schema", 2, "no_such_schema", "inspect", "--schema", "no_such_schema"),
                of("unknown schema, drift", 2, "no_such_schema", "drift", "--schema", "no_such_schema"),
                of("unknown schema, diff with the database", 2, "no_such_schema",
                        "diff", "--from", "database", "--to", "entities", "--schema", "no_such_schema"),
                of("init over existing files", 2, "exists already", "init"),
                // Targets and the revision graph
                of("unknown revision", 2, "999_nope", "upgrade", "999_nope"),
                of("unknown revision to stamp", 2, "999_nope", "stamp", "999_nope"),
                of("unknown revision to show", 2, "999_nope", "show", "999_nope"),
                of("unknown revision to verify", 2, "999_nope", "verify", "999_nope"),
                of("unknown revision in a history range", 2, "999_nope", "history", "-r", "999_nope:"),
                of("ambiguous prefix", 2, "00", "downgrade", "00"),
                of("upgrade past the head", 2, "+1", "upgrade", "+1"),
                of("upgrade to a revision the database is past", 2, "use downgrade 001_initial_schema",
                        "upgrade", "001_initial_schema"),
                of("downgrade below base", 2, "-4", "downgrade", "-4"),
                of("offline upgrade from a bare step", 2, "+1", "upgrade", "--sql", "+1:head"),
                of("offline downgrade without a start", 2, "head", "downgrade", "--sql", "base"),
                of("two heads where one is needed", 2, "004_a", s -> {
                    s.revision("M20270101_004_A", "004_a", R3).revision("M20270101_004_B", "004_b", R3);
                    return new String[] {"upgrade", "head"};
                }),
                of("two heads for a new revision", 2, "merge", s -> {
                    s.revision("M20270101_004_A", "004_a", R3).revision("M20270101_004_B", "004_b", R3);
                    return new String[] {"revision", "-m", "more"};
                }),
                of("a merge of a single head", 2, R3, "merge", "-m", "nothing to join"),
                of("a cycle", 2, "->", s -> {
                    s.revision("M20270101_004_X", "004_x", "005_y").revision("M20270101_005_Y", "005_y", "004_x");
                    return new String[] {"history"};
                }),
                of("a missing parent", 2, "003_nope", s -> {
                    s.revision("M20270101_004_Orphan", "004_orphan", "003_nope");
                    return new String[] {"upgrade", "head"};
                }),
                of("a duplicate id", 2, "002_add_user_phone", s -> {
                    s.revision("M20270101_002_Again", "002_add_user_phone", "001_initial_schema");
                    return new String[] {"current"};
                }),
                of("a compile error in a migration", 2, "compile", s -> {
                    s.project.writeRevision("M20270101_004_Typo",
                            emptyMigration("M20270101_004_Typo", "004_typo", R3).replace("    }\n", "        op.addColum();\n    }\n"));
                    return new String[] {"upgrade", "head"};
                }),
                // A migration's own code throws, an Error as much as an exception
                of("a migration whose upgrade overflows the stack", 4, "upgrade() threw StackOverflowError", s -> {
                    s.project.writeRevision("M20270101_004_Deep", migration("M20270101_004_Deep", "004_deep",
                            "static int depth(int n) { return depth(n + 1) + 1; }", "depth(0);"));
                    return new String[] {"upgrade", "head"};
                }),
                of("a migration that misses a class", 4, "upgrade() threw NoClassDefFoundError: lib/Money", s -> {
                    s.project.writeRevision("M20270101_004_Missing", migration("M20270101_004_Missing", "004_missing",
                            "", "throw new NoClassDefFoundError(\"lib/Money\");"));
                    return new String[] {"upgrade", "head"};
                }),
                of("a migration whose static initializer fails, history", 4,
                        "its static initializer threw ExceptionInInitializerError, caused by IllegalStateException: no config", s -> {
                    s.project.writeRevision("M20270101_004_Init", migration("M20270101_004_Init", "004_init",
                            "static final String CONFIG = config();"
                                    + " static String config() { throw new IllegalStateException(\"no config\"); }", ""));
                    return new String[] {"history"};
                }),
                of("a broken link in the versions directory", 2, "M20270101_004_Gone.java: cannot be read", s -> {
                    link(s.project.versions().resolve("M20270101_004_Gone.java"), s.project.dir().resolve("nowhere.java"));
                    return new String[] {"upgrade", "head"};
                }),
                of("an applied migration edited", 2, "002_add_user_phone", s -> {
                    edit(s, "_002_AddUserPhone", "varchar(20)", "varchar(30)");
                    return new String[] {"upgrade", "head"};
                }),
                of("an applied migration edited, downgrade", 2, "stamp --repair", s -> {
                    edit(s, "_003_IndexBills", "\"meter_id\", \"period_start\"", "\"period_start\", \"meter_id\"");
                    return new String[] {"downgrade", "-1"};
                }),
                of("a version table holding a revision and its own parent", 2,
                        "holds revision 002_add_user_phone and " + R3 + ", which comes after it", s -> {
                    addVersionRow(s, "002_add_user_phone");
                    return new String[] {"upgrade", "head"};
                }),
                of("autogenerate against a database behind the head", 2, "not up to date", s -> {
                    s.revision("M20270101_004_Pending", "004_pending", R3);
                    return new String[] {"revision", "--autogenerate", "-m", "more"};
                }),
                of("a table renamed together with one of its columns", 2,
                        "table public.exchange_rates may have been renamed to currency_rates: pass", s -> {
                    s.project.changeEntity("ExchangeRate", source -> source
                            .replace("name = \"exchange_rates\"", "name = \"currency_rates\"")
                            .replace("private String source;", "private String provider;"));
                    return new String[] {"revision", "--autogenerate", "-m", "rename rates"};
                }),
                of("then the column, once the table rename is decided", 2,
                        "column public.currency_rates.source may have been renamed to provider: pass", s -> {
                    s.project.changeEntity("ExchangeRate", source -> source
                            .replace("name = \"exchange_rates\"", "name = \"currency_rates\"")
                            .replace("private String source;", "private String provider;"));
                    return new String[] {"revision", "--autogenerate", "-m", "rename rates",
                            "--rename", "table exchange_rates=currency_rates"};
                }),
                // Writing revisions
                of("an empty message", 2, "message", "revision", "-m", ""),
                of("an all-punctuation message", 2, "message", "revision", "-m", "!!! ..."),
                of("no message", 2, "-m", "revision", "--autogenerate"),
                of("a package Java does not accept", 2, "not a package", "revision", "-m", "x", "--package", "not a package"),
                of("an empty message, autogenerate", 2, "message", "revision", "--autogenerate", "-m", ""),
                of("an all-punctuation message, autogenerate", 2, "message", "revision", "--autogenerate", "-m", "!!! ..."),
                of("a package Java does not accept, autogenerate", 2, "not a package",
                        "revision", "--autogenerate", "-m", "x", "--package", "not a package"),
                of("an unknown comparison base", 2, "moon", "revision", "--autogenerate", "-m", "x", "--against", "moon"),
                of("an unwritable versions directory", 2, "migrations/versions", s -> {
                    makeUnwritable(s, s.project.versions());
                    return new String[] {"revision", "-m", "more"};
                }),
                // Entities
                of("no entities found", 2, "com.example.nothing",
                        "revision", "--autogenerate", "-m", "more", "--entities", "com.example.nothing"),
                of("a missing entity class path", 2, "/no/such/classes",
                        "revision", "--autogenerate", "-m", "more", "--entities-classpath", "/no/such/classes"),
                of("an entity class that fails to load", 2, "lib.Money", s -> new String[] {"revision", "--autogenerate",
                        "-m", "more", "--entities", "bad", "--entities-classpath", unloadableEntities.toString()}),
                of("entities that fail to load, diff", 2, "lib.Money", s -> new String[] {"diff", "--from", "database",
                        "--to", "entities", "--entities", "bad", "--entities-classpath", unloadableEntities.toString()}),
                of("a truncated entity class beside valid ones", 2, "ExchangeRate.class is not a valid class file", s -> {
                    s.project.truncateEntityClass("ExchangeRate", 700);
                    return new String[] {"revision", "--autogenerate", "-m", "more"};
                }),
                of("an empty entity class file, check", 2, "ExchangeRate.class is not a valid class file", s -> {
                    s.project.truncateEntityClass("ExchangeRate", 0);
                    return new String[] {"check"};
                }),
                of("no entities found, check", 2, "com.example.nothing", "check", "--entities", "com.example.nothing"),
                of("a missing entity class path, check", 2, "/no/such/classes", "check", "--entities-classpath", "/no/such/classes"),
                of("diff with a bad source", 2, "nowhere", "diff", "--from", "nowhere", "--to", "entities"),
                of("diff with a rename that renames nothing", 2, "users.nope",
                        "diff", "--from", "database", "--to", "entities", "--rename", "users.nope=other"),
                // Another session holds the migration lock
                of("lock timeout", 4, "pg_terminate_backend", s -> {
                    holdMigrationLock(s);
                    return new String[] {"downgrade", "-1", "--lock-timeout", "300ms"};
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsWithOneLineAndChangesNothing(Case badInput) throws Exception {
        HederaProject project = HederaProject.copy(Files.createTempDirectory(root, "case"));
        Setup setup = new Setup(project, new HashMap<>(HederaProject.environment(db)));
        Run run;
        List<String> revisionsBefore = List.of();
        try {
            String[] command = badInput.command().apply(setup);
            if (Files.isDirectory(project.versions())) revisionsBefore = project.versionFiles();
            run = run(project, setup.environment, command);
        } finally {
            for (AutoCloseable cleanup : setup.cleanups) cleanup.close();
        }

        assertEquals(badInput.exitCode(), run.exitCode(), run::toString);
        assertEquals(1, run.err().lines().count(), run::toString);
        assertTrue(run.err().startsWith("migrata: "), run::toString);
        assertTrue(run.err().contains(badInput.fragment()), () -> "names " + badInput.fragment() + "\n" + run);
        // The line may name what a migration threw; a stack trace shows as frames, causes or a thread's death.
        assertFalse(run.err().contains("\tat ") || run.err().contains("Caused by:") || run.err().contains("Exception in thread"),
                run::toString);
        for (String secret : List.of(SECRET, PASSWORD, "Pa55")) {
            assertFalse(run.out().contains(secret) || run.err().contains(secret), "shows a password\n" + run);
        }
        assertEquals(baseline, CatalogSnapshot.of(db), "the database changed");
        if (Files.isDirectory(project.versions())) assertEquals(revisionsBefore, project.versionFiles(), "a revision was written");
    }

    record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private static Run run(HederaProject project, Map<String, String> environment, String... args) {
        List<String> all = new ArrayList<>();
        if (!List.of(args).contains("-C")) all.addAll(List.of("-C", project.dir().toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = MigrataCommand.commandLine(environment);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exitCode = cli.execute(all.toArray(String[]::new));
        return new Run(exitCode, out.toString(), err.toString());
    }

    private static String hostAndPort() {
        return new HostPort(db.server().host(), db.server().port()).toString();
    }

    private static String emptyMigration(String className, String id, String parent) {
        return """
                package io.migrata.examples.hedera.migrations;

                import io.migrata.schema.migration.Migration;
                import io.migrata.schema.migration.Operations;
                import io.migrata.schema.migration.Revision;

                @Revision(id = "%s", parents = "%s", message = "%s", created = "2027-01-01T00:00:00Z")
                public final class %s implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                    }

                    @Override
                    public void downgrade(Operations op) {
                    }
                }
                """.formatted(id, parent, id, className);
    }

    /** A revision after the head with {@code members} in its class and {@code upgrade} as its upgrade's body. */
    private static String migration(String className, String id, String members, String upgrade) {
        return emptyMigration(className, id, R3)
                .replace("public final class " + className + " implements Migration {",
                        "public final class " + className + " implements Migration {\n    " + members)
                .replace("public void upgrade(Operations op) {\n", "public void upgrade(Operations op) {\n        " + upgrade + "\n");
    }

    private static void link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void append(Setup setup, String line) {
        try {
            Path settings = setup.project.dir().resolve("migrata.properties");
            Files.writeString(settings, Files.readString(settings) + line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeBytes(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void replaceWithDirectory(Path file) {
        try {
            Files.delete(file);
            Files.createDirectory(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void replaceWithFile(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(path);
            Files.writeString(directory, "not a directory\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void edit(Setup setup, String filePart, String from, String to) {
        String name = setup.project.versionFiles().stream().filter(n -> n.contains(filePart)).findFirst().orElseThrow();
        String source = setup.project.revisionSource(filePart);
        if (!source.contains(from)) throw new IllegalStateException(name + " has no " + from);
        setup.project.writeRevision(name.replace(".java", ""), source.replace(from, to));
    }

    /** Read-only for its owner; as root, which ignores that, immutable (chattr), or the case is skipped. */
    private static void makeUnwritable(Setup setup, Path directory) {
        try {
            boolean immutable = false;
            directory.toFile().setWritable(false, false);
            if (Files.isWritable(directory)) {
                Process chattr = new ProcessBuilder("chattr", "+i", directory.toString()).redirectErrorStream(true).start();
                chattr.getInputStream().readAllBytes();
                immutable = chattr.waitFor() == 0;
            }
            boolean wasImmutable = immutable;
            setup.cleanups.add(() -> {
                if (wasImmutable) new ProcessBuilder("chattr", "-i", directory.toString()).start().waitFor();
                directory.toFile().setWritable(true, false);
            });
            Path probe = directory.resolve("probe");
            boolean writable;
            try {
                Files.createFile(probe);
                Files.delete(probe);
                writable = true;
            } catch (IOException expected) {
                writable = false;
            }
            assumeTrue(!writable, "no way to make a directory unwritable here");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A second row in migrata_version, deleted again when the case is over. */
    private static void addVersionRow(Setup setup, String revision) {
        try {
            db.execute("INSERT INTO public.migrata_version (version_num) VALUES ('" + revision + "')");
            setup.cleanups.add(() -> db.execute("DELETE FROM public.migrata_version WHERE version_num = '" + revision + "'"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void holdMigrationLock(Setup setup) {
        try {
            Connection holder = db.connect();
            setup.cleanups.add(holder);
            try (Statement statement = holder.createStatement()) {
                statement.execute("SELECT pg_advisory_lock(" + AdvisoryLock.keyOf("\"public\".\"migrata_version\"") + ")");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A server that asks every user but the superuser for a SCRAM password; user bob's is {@link #PASSWORD}. */
    private static synchronized String passwordServerUrl(String credentials) {
        try {
            if (passwordServer == null) {
                Path dir = root.resolve("password-server");
                Files.createDirectories(dir);
                Path hba = dir.resolve("pg_hba.conf");
                Files.writeString(hba, """
                        host all postgres 127.0.0.1/32 trust
                        host all postgres ::1/128 trust
                        host all all 127.0.0.1/32 scram-sha-256
                        host all all ::1/128 scram-sha-256
                        """);
                passwordServer = EmbeddedPostgres.builder()
                        .setDataDirectory(dir.resolve("data"))
                        .setServerConfig("hba_file", hba.toString())
                        .setServerConfig("password_encryption", "scram-sha-256")
                        .start();
                try (Connection connection = passwordServer.getPostgresDatabase().getConnection();
                     Statement statement = connection.createStatement()) {
                    statement.execute("CREATE ROLE bob LOGIN PASSWORD '" + PASSWORD + "'");
                }
            }
            return "postgresql://" + credentials + "@127.0.0.1:" + passwordServer.getPort() + "/postgres";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An entity class bad.Invoice whose superclass lib.Money is left out of the class path. */
    private static Path compileEntityNeedingAMissingClass(Path dir) throws IOException {
        Path sources = dir.resolve("src");
        Path classes = dir.resolve("classes");
        Files.createDirectories(sources.resolve("lib"));
        Files.createDirectories(sources.resolve("bad"));
        Files.createDirectories(classes);
        Files.writeString(sources.resolve("lib/Money.java"), "package lib;\npublic class Money {\n}\n");
        Files.writeString(sources.resolve("bad/Invoice.java"), """
                package bad;

                @jakarta.persistence.Entity
                public class Invoice extends lib.Money {
                    @jakarta.persistence.Id
                    private Long id;
                }
                """);
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                "-classpath", System.getProperty("java.class.path"), "-proc:none",
                sources.resolve("lib/Money.java").toString(), sources.resolve("bad/Invoice.java").toString());
        assertEquals(0, status, "the fixture entities compile");
        Files.delete(classes.resolve("lib/Money.class"));
        return classes;
    }
}
