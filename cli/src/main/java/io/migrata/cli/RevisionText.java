package io.migrata.cli;

import io.migrata.runner.graph.RevisionNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.UnaryOperator;

/** How text output and notices show revisions. */
final class RevisionText {

    private RevisionText() {
    }

    /** Where a database is, or a replay reached: the revisions, comma-separated, or {@code base} when there are none. */
    static String revisions(List<String> ids) {
        return ids.isEmpty() ? "base" : String.join(", ", ids);
    }

    /** Parents, message, creation time and file (as {@code files} shows it), indented. */
    static void details(RevisionNode revision, UnaryOperator<String> files, PrintWriter out) {
        out.println("  parents:  " + (revision.parents().isEmpty() ? "(none: a base revision)" : String.join(", ", revision.parents())));
        if (!revision.message().isEmpty()) out.println("  message:  " + revision.message());
        if (!revision.created().isEmpty()) out.println("  created:  " + revision.created());
        if (revision.origin() != null) out.println("  file:     " + files.apply(revision.origin()));
    }
}
