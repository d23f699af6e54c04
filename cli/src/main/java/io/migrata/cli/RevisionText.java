package io.migrata.cli;

import io.migrata.workflow.RevisionInfo;
import java.io.PrintWriter;
import java.util.function.UnaryOperator;

/** How text output shows a revision's details. */
final class RevisionText {

    private RevisionText() {
    }

    /** Parents, message, creation time and file (as {@code files} shows it), indented. */
    static void details(RevisionInfo revision, UnaryOperator<String> files, PrintWriter out) {
        out.println("  parents:  " + (revision.parents().isEmpty() ? "(none: a base revision)" : String.join(", ", revision.parents())));
        if (!revision.message().isEmpty()) out.println("  message:  " + revision.message());
        if (!revision.created().isEmpty()) out.println("  created:  " + revision.created());
        if (revision.file() != null) out.println("  file:     " + files.apply(revision.file()));
    }
}
