package io.migrata.runner.checksum;

import io.migrata.runner.load.LoadedMigration;
import io.migrata.runner.load.LoadedMigrations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Compares the applied revisions' recorded checksums with what their code gives now. */
public final class ChecksumVerifier {

    private ChecksumVerifier() {
    }

    /**
     * @param applied  the applied revisions, in order
     * @param recorded the checksum each applied revision was recorded with; revisions without one
     *                 (applied before Migrata kept checksums, or stamped by hand) are not checked
     */
    public static List<ChecksumMismatchException.Mismatch> mismatches(LoadedMigrations migrations, Collection<String> applied,
                                                                      Map<String, String> recorded) {
        List<ChecksumMismatchException.Mismatch> mismatches = new ArrayList<>();
        for (String id : applied) {
            String then = recorded.get(id);
            if (then == null) continue;
            LoadedMigration migration = migrations.get(id);
            String now = RevisionChecksum.of(migration);
            if (!now.equals(then.strip())) {
                mismatches.add(new ChecksumMismatchException.Mismatch(id, migration.node().origin(), then.strip(), now));
            }
        }
        return mismatches;
    }

    /** @throws ChecksumMismatchException when any applied revision was edited */
    public static void verify(LoadedMigrations migrations, Collection<String> applied, Map<String, String> recorded) {
        List<ChecksumMismatchException.Mismatch> mismatches = mismatches(migrations, applied, recorded);
        if (!mismatches.isEmpty()) throw new ChecksumMismatchException(mismatches);
    }
}
