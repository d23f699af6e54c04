package io.migrata.cli;

import io.migrata.runner.execute.AppliedStep;
import java.util.List;
import java.util.Locale;

/** The closing notice of upgrade and downgrade: what ran, how long it took, where the database is now. */
final class Summary {

    private Summary() {
    }

    static String of(String verb, List<AppliedStep> steps, long nanos, List<String> current, String database) {
        String at = current.isEmpty() ? "base" : String.join(", ", current);
        if (steps.isEmpty()) return "nothing to do: " + database + " is at " + at;
        return verb + " " + database + " by " + steps.size() + " revision" + (steps.size() == 1 ? "" : "s") + " in "
                + String.format(Locale.ROOT, "%.1f s", nanos / 1e9) + "; it is at " + at;
    }
}
