package io.migrata.workflow;

import java.util.Locale;

/** The closing notice of upgrade and downgrade: what ran, how long it took, where the database is now. */
final class Summary {

    private Summary() {
    }

    static String of(Move move) {
        String at = RevisionText.revisions(move.current());
        if (move.steps().isEmpty()) return "nothing to do: " + move.database() + " is at " + at;
        int count = move.steps().size();
        return (move.upgrade() ? "upgraded " : "downgraded ") + move.database() + " by " + count + " revision"
                + (count == 1 ? "" : "s") + " in " + String.format(Locale.ROOT, "%.1f s", move.duration().toNanos() / 1e9)
                + "; it is at " + at;
    }
}
