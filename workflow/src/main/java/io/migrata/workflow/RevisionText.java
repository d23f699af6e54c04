package io.migrata.workflow;

import java.util.List;

/** How notices and messages name revisions. */
final class RevisionText {

    private RevisionText() {
    }

    /** Where a database is, or a replay reached: the revisions, comma-separated, or {@code base} when there are none. */
    static String revisions(List<String> ids) {
        return ids.isEmpty() ? "base" : String.join(", ", ids);
    }
}
