package io.migrata.runner.checksum;

import io.migrata.runner.load.HistoryReplay;

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
    public static List<ChecksumMismatchException.Mismatch> mismatches(HistoryReplay replay, Collection<String> applied,
                                                                      Map<String, String> recorded) {
        List<ChecksumMismatchException.Mismatch> mismatches = new ArrayList<>();
        for (String id : applied) {
            String then = recorded.get(id);
            if (then == null) continue;
            if (!RevisionChecksum.matches(replay, id, then)) {
                String now = RevisionChecksum.of(replay, id);
                String origin = replay.migrations().get(id).node().origin();
                mismatches.add(new ChecksumMismatchException.Mismatch(id, origin, then.strip(), now));
            }
        }
        return mismatches;
    }

    /** @throws ChecksumMismatchException when any applied revision was edited */
    public static void verify(HistoryReplay replay, Collection<String> applied, Map<String, String> recorded) {
        List<ChecksumMismatchException.Mismatch> mismatches = mismatches(replay, applied, recorded);
        if (!mismatches.isEmpty()) throw new ChecksumMismatchException(mismatches);
    }
}
