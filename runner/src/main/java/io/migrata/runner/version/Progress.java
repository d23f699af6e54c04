package io.migrata.runner.version;

import java.util.Map;
import java.util.Objects;

/**
 * The rows of {@code migrata_progress} as one run found them: for each partly applied revision and
 * direction, how many statements an earlier attempt committed and with which code (checksum).
 */
public record Progress(Map<String, Row> rows) {

    public Progress {
        rows = Map.copyOf(rows);
    }

    /** What an earlier, failed attempt left: the checksum of its code and how many statements it committed. */
    public record Row(String checksum, int statementsDone) {
    }

    static String key(String revision, String direction) {
        return revision + '\n' + direction;
    }

    /** Whether an earlier attempt left a row for the revision in this direction. */
    public boolean has(String revision, HistoryAction action) {
        return rows.containsKey(key(revision, action.word()));
    }

    /**
     * How many statements of the revision's run in {@code action}'s direction are committed from
     * an earlier, failed attempt: 0 when none, minus that number when the attempt ran other code
     * (another checksum) than {@code checksum}.
     */
    public int statementsDone(String revision, HistoryAction action, String checksum) {
        Row row = rows.get(key(revision, action.word()));
        if (row == null) return 0;
        return Objects.equals(row.checksum(), checksum) ? row.statementsDone() : -row.statementsDone();
    }
}
