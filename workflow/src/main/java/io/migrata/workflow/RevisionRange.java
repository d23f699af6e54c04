package io.migrata.workflow;

import io.migrata.workflow.config.ConfigurationException;
import io.migrata.runner.graph.RevisionGraph;
import io.migrata.runner.graph.RevisionNode;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code history -r FROM:TO}: the revisions that descend from FROM and lead to TO, both included.
 * An empty end is open ({@code :head}, {@code 001:}); {@code current} names the database's revisions.
 */
record RevisionRange(String from, String to) {

    static RevisionRange parse(String text) {
        if (text == null) return new RevisionRange("", "");
        int colon = text.indexOf(':');
        if (colon < 0) throw new ConfigurationException("-r " + text + " is not a range: write FROM:TO, :TO or FROM: (e.g. -r current:head)");
        return new RevisionRange(text.substring(0, colon).strip(), text.substring(colon + 1).strip());
    }

    Set<String> select(RevisionGraph graph, List<String> current) {
        Set<String> selected = new LinkedHashSet<>();
        Collection<String> lower = from.isEmpty() || from.equals("base") ? null : graph.descendants(resolve(graph, from, current));
        Collection<String> upper = to.isEmpty() || to.equals("heads") ? null : graph.ancestors(resolve(graph, to, current));
        for (RevisionNode revision : graph.revisions()) {
            String id = revision.id();
            if ((lower == null || lower.contains(id)) && (upper == null || upper.contains(id))) selected.add(id);
        }
        return selected;
    }

    private static List<String> resolve(RevisionGraph graph, String end, List<String> current) {
        return end.equals("current") ? current : graph.resolve(end, current);
    }
}
