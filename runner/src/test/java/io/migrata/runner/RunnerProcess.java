package io.migrata.runner;

import io.migrata.runner.load.MigrationSource;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A runner in a process of its own, for the crash, concurrency and benchmark runs:
 * {@code RunnerProcess <upgrade|downgrade> <target> <versions dir> <cache dir> <jdbc url with credentials> [lock timeout s]}.
 * Exit status 0 on success, 1 for a user error (its message on stderr), 2 for anything else.
 */
public final class RunnerProcess {

    private RunnerProcess() {
    }

    public static void main(String[] args) {
        if (args.length < 5) {
            System.err.println("usage: RunnerProcess <upgrade|downgrade> <target> <versions dir> <cache dir> <jdbc url> [lock timeout s]");
            System.exit(2);
        }
        String url = args[4];
        Duration lockTimeout = Duration.ofSeconds(args.length > 5 ? Long.parseLong(args[5]) : 60);
        MigratorConfig config = MigratorConfig.of(MigrationSource.directory(Path.of(args[2])), () -> DriverManager.getConnection(url))
                .withCacheDirectory(Path.of(args[3]))
                .withLockTimeout(lockTimeout);
        try {
            Migrator migrator = new Migrator(config);
            int steps = switch (args[0]) {
                case "upgrade" -> migrator.upgrade(args[1]).size();
                case "downgrade" -> migrator.downgrade(args[1]).size();
                default -> throw new IllegalArgumentException("unknown command " + args[0]);
            };
            System.out.println(args[0] + " " + args[1] + ": " + steps + " revisions");
            System.exit(0);
        } catch (RunnerException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(2);
        }
    }

    /** Starts this main class in a new JVM on the test class path, with its output going to {@code log}. */
    static Process start(Path log, String... args) throws java.io.IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                RunnerProcess.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
