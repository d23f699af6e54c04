package io.migrata.runner.checksum;

import io.migrata.runner.RunnerException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Applied revisions whose ops differ from what was applied: their migration was edited
 * afterwards. Upgrade and downgrade refuse to run until the edit is undone or acknowledged with
 * {@code stamp --repair}.
 */
public final class ChecksumMismatchException extends RunnerException {

    /** One edited revision: the checksum recorded when it was applied, and the one its code has now. */
    public record Mismatch(String revision, String origin, String recorded, String current) {
    }

    private final List<Mismatch> mismatches;

    public ChecksumMismatchException(List<Mismatch> mismatches) {
        super(message(mismatches));
        this.mismatches = List.copyOf(mismatches);
    }

    public List<Mismatch> mismatches() {
        return mismatches;
    }

    private static String message(List<Mismatch> mismatches) {
        String which = mismatches.stream()
                .map(m -> m.revision() + (m.origin() == null ? "" : " (" + m.origin() + ")") + ": applied with checksum "
                        + m.recorded().substring(0, 12) + "…, its code now gives " + m.current().substring(0, 12) + "…")
                .collect(Collectors.joining("; "));
        String ids = mismatches.stream().map(Mismatch::revision).collect(Collectors.joining(" "));
        return (mismatches.size() == 1 ? "an applied revision was edited" : mismatches.size() + " applied revisions were edited")
                + " after being applied: " + which + ". Undo the edit (write a new revision for new changes), or, if the database"
                + " already matches the edited code, acknowledge it with: migrata stamp --repair " + ids;
    }
}
