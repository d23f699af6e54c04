package io.migrata.maven;

import io.migrata.workflow.History;
import io.migrata.workflow.Migrata;
import io.migrata.workflow.RevisionState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** {@code mvn migrata:history}: every revision, newest first, with what the database says about it. */
@Mojo(name = "history", threadSafe = true)
public class HistoryMojo extends MigrataMojo {

    /** {@code FROM:TO}, or every revision. */
    @Parameter(property = "migrata.range")
    @CommandOption({"-r", "--rev-range"})
    String range;

    @Override
    void run(Migrata migrata) {
        History history = migrata.history(range);
        List<RevisionState> newestFirst = new ArrayList<>(history.revisions());
        Collections.reverse(newestFirst);
        for (RevisionState state : newestFirst) {
            List<String> marks = new ArrayList<>();
            if (state.head()) marks.add("head");
            if (state.current()) marks.add("current");
            if (state.applied() && !state.current()) marks.add("applied");
            if (!state.applied()) marks.add("pending");
            if (state.edited()) marks.add("edited since applied");
            if (state.appliedAt() != null) marks.add("at " + state.appliedAt());
            List<String> parents = state.revision().parents();
            getLog().info((parents.isEmpty() ? "base" : String.join(", ", parents)) + " -> " + state.revision().label()
                    + " (" + String.join(", ", marks) + ")");
        }
    }
}
