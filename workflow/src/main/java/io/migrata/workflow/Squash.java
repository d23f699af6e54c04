package io.migrata.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link Migrata#squash} did: the revision that replaced the range, the files it removed and
 * repointed, and what it did with the database; or, when the squashed history replayed on scratch
 * databases would not build what the old one built, the differences (and nothing written).
 *
 * @param written   the squashed revision, or null when the replay differed
 * @param replaced  the revisions of the range, oldest first
 * @param removed   their files, deleted
 * @param repointed the files of TO's children, whose parents now name the squashed revision
 * @param databaseOutcome what the squash did with the configured database, e.g. {@code stamped ...: 005 -> 002_squash}
 * @param replay    the two histories compared: equal when the squash was written
 */
public record Squash(String database, GeneratedRevision written, List<String> replaced, List<Path> removed,
                     List<Path> repointed, String databaseOutcome, Comparison replay) {

    public Squash {
        Objects.requireNonNull(database, "database");
        replaced = List.copyOf(replaced);
        removed = List.copyOf(removed);
        repointed = List.copyOf(repointed);
        Objects.requireNonNull(replay, "replay");
    }

    public boolean done() {
        return written != null;
    }
}
