package io.migrata.workflow;

import io.migrata.schema.op.SchemaOp;
import java.util.List;

/**
 * What {@code verify} found for each revision it checked: whether its downgrade undoes its upgrade,
 * and whether upgrading again gives the same schema.
 *
 * @param outcomes the revisions checked, in order; it stops after a revision that failed to run
 * @param selected how many revisions were to be checked
 */
public record Verification(List<Outcome> outcomes, int selected) {

    public Verification {
        outcomes = List.copyOf(outcomes);
    }

    /** Whether every revision that was to be checked passed. */
    public boolean ok() {
        return outcomes.size() == selected && outcomes.stream().allMatch(Outcome::ok);
    }

    public long failed() {
        return outcomes.stream().filter(o -> !o.ok()).count();
    }

    /**
     * @param leftByDowngrade what turns the schema before the upgrade into the one after the downgrade (empty: restored)
     * @param changedByRedo   what turns the schema after the first upgrade into the one after the second
     * @param failure         the step that failed and why ({@code upgrade failed: …}), or null
     */
    public record Outcome(RevisionInfo revision, List<SchemaOp> leftByDowngrade, List<SchemaOp> changedByRedo, String failure) {

        public Outcome {
            leftByDowngrade = List.copyOf(leftByDowngrade);
            changedByRedo = List.copyOf(changedByRedo);
        }

        public boolean ok() {
            return leftByDowngrade.isEmpty() && changedByRedo.isEmpty() && failure == null;
        }
    }
}
