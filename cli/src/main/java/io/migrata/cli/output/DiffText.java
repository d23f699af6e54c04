package io.migrata.cli.output;

import io.migrata.schema.op.SchemaOp;
import io.migrata.workflow.Comparison;
import java.io.PrintWriter;

/**
 * A comparison for people: one line per operation (drops red, creations green, changes yellow on a
 * terminal), each hazard indented under its operation, then the likely renames with the flag that
 * makes them renames, then the comparison's notes, the objects it left alone as not Migrata's and
 * the objects it could not compare.
 *
 * <pre>
 * drop column public.users.mobile character varying(20) NULL
 *   ! DATA_LOSS: drops column public.users.mobile and every value in it
 * add column public.users.phone character varying(20) NULL
 * note: column public.users.mobile may have been renamed to phone; if so, pass --rename public.users.mobile=phone
 * not compared: 2 event triggers, 1 rule in 127.0.0.1:5432/app (Migrata does not model these; migrata inspect lists them)
 * </pre>
 */
public final class DiffText {

    private DiffText() {
    }

    public static void write(Comparison comparison, Style style, PrintWriter out) {
        for (SchemaOp op : comparison.ops()) {
            out.println(colored(op.describe(), style));
            for (Comparison.Hazard hazard : comparison.hazardsOf(op)) {
                out.println("  " + style.red("! " + hazard.kind() + ": " + hazard.message()));
            }
        }
        for (Comparison.RenameCandidate candidate : comparison.renameCandidates()) {
            out.println(style.dim("note: " + candidate.description() + "; if so, pass " + candidate.flag()));
        }
        for (String note : comparison.notes()) {
            out.println(style.dim("note: " + note));
        }
        if (!comparison.unmanaged().isEmpty()) {
            out.println(style.dim("note: left alone, since no revision created them (or only the baseline did) and no entity maps"
                    + " them: " + String.join(", ", comparison.unmanaged()) + " (to drop them, name them with --manage or migrata.manage)"));
        }
        if (!comparison.notCompared().isEmpty()) {
            out.println(style.yellow("not compared: " + comparison.notComparedSummary()
                    + " (Migrata does not model these; migrata inspect lists them)"));
        }
        out.flush();
    }

    private static String colored(String description, Style style) {
        if (description.startsWith("drop ")) return style.red(description);
        if (description.startsWith("add ") || description.startsWith("create ")) return style.green(description);
        return style.yellow(description);
    }
}
