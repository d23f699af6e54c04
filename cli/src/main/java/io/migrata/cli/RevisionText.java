package io.migrata.cli;

import io.migrata.runner.graph.RevisionNode;
import java.io.PrintWriter;
import java.util.function.UnaryOperator;

/** How text output shows a revision's details under its first line. */
final class RevisionText {

    private RevisionText() {
    }

    /** Parents, message, creation time and file (as {@code files} shows it), indented. */
    static void details(RevisionNode revision, UnaryOperator<String> files, PrintWriter out) {
        out.println("  parents:  " + (revision.parents().isEmpty() ? "(none: a base revision)" : String.join(", ", revision.parents())));
        if (!revision.message().isEmpty()) out.println("  message:  " + revision.message());
        if (!revision.created().isEmpty()) out.println("  created:  " + revision.created());
        if (revision.origin() != null) out.println("  file:     " + files.apply(revision.origin()));
    }
}
