package io.migrata.runner.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files of a versions directory: Java sources and SQL revisions. Anything else is an error
 * naming the file, never passed over, because a file that looks like a migration to its author
 * (another tool's {@code V7__add_index.sql}, a {@code .java.txt} left by an editor) would
 * otherwise be silently missing from every upgrade. Files and directories whose names start with
 * a dot belong to editors and version control, and are not looked at.
 */
record VersionFiles(List<Path> java, List<Path> sql, Map<Path, byte[]> contents) {

    /** @param contents each file's bytes, read once as it was listed, so loading does not open it again */
    VersionFiles {
        java = List.copyOf(java);
        sql = List.copyOf(sql);
        contents = Map.copyOf(contents);
    }

    /** The bytes of one of the files, as read when the directory was listed. */
    byte[] content(Path file) {
        return contents.get(file);
    }

    /** @throws MigrationsNotFoundException when the directory does not exist */
    static VersionFiles of(Path versions) {
        if (!Files.isDirectory(versions)) {
            throw new MigrationsNotFoundException("the versions directory " + versions
                    + " does not exist (create it with migrata init, or configure where the migrations are)");
        }
        List<Path> java = new ArrayList<>();
        List<Path> sql = new ArrayList<>();
        Map<Path, byte[]> contents = new HashMap<>();
        for (Path file : visibleFiles(versions)) {
            String name = file.getFileName().toString();
            if (name.endsWith(".java") || name.endsWith(".sql")) contents.put(file, read(file));
            if (name.endsWith(".java")) {
                java.add(file);
            } else if (name.endsWith(".sql")) {
                sql.add(file);
            } else {
                throw new InvalidMigrationException(file.toString(), "not a revision: a versions directory holds"
                        + " .java and .sql revisions only (move the file elsewhere, or name it with a leading dot)");
            }
        }
        return new VersionFiles(java, sql, contents);
    }

    private static List<Path> visibleFiles(Path versions) {
        try (Stream<Path> walk = Files.walk(versions)) {
            return walk.filter(p -> !hidden(versions.relativize(p)) && !Files.isDirectory(p)).sorted().toList();
        } catch (IOException e) {
            throw unreadableDirectory(versions, e);
        } catch (UncheckedIOException e) {
            throw unreadableDirectory(versions, e.getCause());
        }
    }

    private static InvalidMigrationException unreadableDirectory(Path versions, IOException e) {
        Path where = e instanceof FileSystemException failed && failed.getFile() != null ? Path.of(failed.getFile()) : versions;
        return new InvalidMigrationException(where.toString(), "cannot be read as part of the versions directory: "
                + problem(e) + " (check its permissions)");
    }

    /** Read before anything is compiled, so the error names the file rather than the directory. */
    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidMigrationException(file.toString(), "cannot be read: " + problem(e)
                    + " (check its permissions, or remove it)");
        }
    }

    private static String problem(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "it does not exist (a broken link?)";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }
}
