package io.migrata.workflow;

import io.migrata.diff.DiffResult;
import io.migrata.diff.RenameCandidate;
import io.migrata.diff.RenameHint;
import java.util.List;

/**
 * The command line's spelling of a rename hint, {@code --rename OLD=NEW}: the diff's own
 * {@code OLD -> NEW} with the arrow written as {@code =}.
 */
final class RenameFlags {

    private RenameFlags() {
    }

    /** {@code public.users.mobile=phone}, {@code table public.a=b}: the value to pass to {@code --rename}. */
    static String value(RenameHint hint) {
        return hint.toString().replaceFirst(" -> ", "=");
    }

    /** {@code --rename 'public.users.mobile=phone'}, quoted for a shell where needed. */
    static String flagFor(RenameCandidate candidate) {
        String value = value(candidate.hint());
        return "--rename " + (value.matches("[\\w.=-]+") ? value : "'" + value.replace("'", "'\\''") + "'");
    }

    /**
     * Reads a {@code --rename} value into the diff's hint syntax: {@code OLD=NEW} (the first
     * {@code =} outside quotes), or {@code OLD -> NEW} as it is.
     */
    static String toHint(String flag) {
        if (flag.contains("->")) return flag;
        char quote = 0;
        for (int i = 0; i < flag.length(); i++) {
            char c = flag.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '=') {
                return flag.substring(0, i).strip() + " -> " + flag.substring(i + 1).strip();
            }
        }
        return flag;
    }

    /** The diff's notes, without those that only repeat a rename candidate (printed with their flag instead). */
    static List<String> otherNotes(DiffResult result) {
        return result.notes().stream()
                .filter(note -> result.renameCandidates().stream().noneMatch(c -> note.startsWith(c.describe() + ":")))
                .toList();
    }
}
