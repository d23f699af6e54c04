package io.migrata.maven;

import io.migrata.schema.op.SchemaOp;
import io.migrata.workflow.Comparison;
import org.apache.maven.plugin.logging.Log;

/** A comparison in the build log, in Maven's words ({@link MavenWording}): one line per operation, its hazards under it, then the notes. */
final class ComparisonLog {

    private ComparisonLog() {
    }

    static void write(Comparison comparison, Log log) {
        for (SchemaOp op : comparison.ops()) {
            log.info(op.describe());
            for (Comparison.Hazard hazard : comparison.hazardsOf(op)) {
                log.warn(MavenWording.of("  ! " + hazard.kind() + ": " + hazard.message()));
            }
        }
        for (Comparison.RenameCandidate candidate : comparison.renameCandidates()) {
            log.info("note: " + candidate.description() + "; if so, pass -Dmigrata.renames=" + candidate.rename());
        }
        for (String note : comparison.notes()) log.info(MavenWording.of("note: " + note));
        if (!comparison.unmanaged().isEmpty()) {
            log.info("note: left alone, since no revision created them and no entity maps them: "
                    + String.join(", ", comparison.unmanaged()) + " (to drop them, name them in migrata.manage)");
        }
    }
}
