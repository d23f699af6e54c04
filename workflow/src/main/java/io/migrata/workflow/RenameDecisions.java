package io.migrata.workflow;

import io.migrata.workflow.config.ConfigurationException;
import io.migrata.diff.DiffOptions;
import io.migrata.diff.DiffResult;
import io.migrata.diff.RenameCandidate;
import io.migrata.diff.SchemaDiff;
import io.migrata.schema.SchemaModel;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides the likely renames a diff reports before a migration is written: a person on a terminal
 * is asked about each; without one, the command stops and names the flag that decides, because a
 * drop and add loses the column's data and a wrong rename keeps data that should go.
 */
final class RenameDecisions {

    private final Function<String, Optional<Boolean>> ask;
    private final boolean dropAll;

    /**
     * @param ask     asks a yes-or-no question; empty when nobody can answer
     * @param dropAll {@code --no-renames}: every likely rename is a drop and an add, without asking
     */
    RenameDecisions(Function<String, Optional<Boolean>> ask, boolean dropAll) {
        this.ask = ask;
        this.dropAll = dropAll;
    }

    /**
     * The options with a hint for every candidate someone said is a rename; a candidate declined stays
     * a drop and an add.
     *
     * @throws ConfigurationException for the first candidate nobody could decide
     */
    DiffOptions decide(SchemaModel from, SchemaModel to, DiffOptions options) {
        if (dropAll) return options;
        Set<RenameCandidate> declined = new HashSet<>();
        DiffOptions decided = options;
        DiffResult result = SchemaDiff.between(from, to, decided);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (RenameCandidate candidate : result.renameCandidates()) {
                if (declined.contains(candidate)) continue;
                Optional<Boolean> answer = ask.apply(candidate.describe() + ". Rename it, keeping its data?");
                if (answer.isEmpty()) {
                    throw new ConfigurationException(candidate.describe() + ": pass " + RenameFlags.flagFor(candidate)
                            + " to rename it, or --no-renames to drop and add it (its data is then lost)");
                }
                if (answer.get()) {
                    decided = decided.withRename(candidate.hint());
                    result = SchemaDiff.between(from, to, decided);
                    changed = true;
                    break;
                }
                declined.add(candidate);
            }
        }
        return decided;
    }
}
