package io.migrata.cli.output;

import io.migrata.diff.DiffResult;
import io.migrata.diff.Hazard;
import io.migrata.diff.RenameCandidate;
import io.migrata.schema.op.SchemaOp;
import java.io.PrintWriter;
import java.util.List;

/**
 * A diff for people: one line per operation (drops red, creations green, changes yellow on a
 * terminal), each hazard indented under its operation, then the likely renames with the flag that
 * makes them renames, then the diff's notes.
 *
 * <pre>
 * drop column public.users.mobile character varying(20) NULL
 *   ! DATA_LOSS: drops column public.users.mobile and every value in it
 * add column public.users.phone character varying(20) NULL
 * note: column public.users.mobile may have been renamed to phone; if so, pass --rename public.users.mobile=phone
 * </pre>
 */
public final class DiffText {

    private DiffText() {
    }

    public static void write(DiffResult result, Style style, PrintWriter out) {
        for (SchemaOp op : result.ops()) {
            out.println(colored(op.describe(), style));
            for (Hazard hazard : hazardsOf(result, op)) {
                out.println("  " + style.red("! " + hazard.kind() + ": " + hazard.message()));
            }
        }
        for (RenameCandidate candidate : result.renameCandidates()) {
            out.println(style.dim("note: " + candidate.describe() + "; if so, pass " + RenameFlags.flagFor(candidate)));
        }
        for (String note : RenameFlags.otherNotes(result)) {
            out.println(style.dim("note: " + note));
        }
        out.flush();
    }

    static List<Hazard> hazardsOf(DiffResult result, SchemaOp op) {
        return result.hazards().stream().filter(h -> h.op().equals(op)).toList();
    }

    private static String colored(String description, Style style) {
        if (description.startsWith("drop ")) return style.red(description);
        if (description.startsWith("add ") || description.startsWith("create ")) return style.green(description);
        return style.yellow(description);
    }
}
