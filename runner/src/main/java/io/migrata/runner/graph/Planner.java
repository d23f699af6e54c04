package io.migrata.runner.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What upgrade, downgrade and stamp do to a database at some heads, as Alembic does it with
 * branches: an upgrade applies every ancestor of the target not applied yet, in topological order,
 * and refuses a target the database is already past (going back is a downgrade); a downgrade to a
 * revision undoes the applied revisions that descend from it, newest first, and leaves other
 * branches alone; {@code downgrade base} undoes everything.
 *
 * <pre>{@code
 * Planner planner = new Planner(graph);
 * for (PlannedStep step : planner.upgrade(List.of("001_initial_schema"), "head")) {
 *     System.out.println(step.describe());   // upgrade 001_initial_schema -> 002_add_user_phone
 * }
 * }</pre>
 */
public final class Planner {

    private final RevisionGraph graph;

    public Planner(RevisionGraph graph) {
        this.graph = graph;
    }

    public List<PlannedStep> upgrade(Collection<String> current, String target) {
        if (Targets.isStepDown(target)) {
            throw new InvalidTargetException(target, "it is a step down; use downgrade " + target);
        }
        List<String> heads = graph.headsOf(current);
        Set<String> applied = new LinkedHashSet<>(graph.ancestors(heads));
        List<String> wanted = graph.resolve(target, heads);
        boolean behind = wanted.isEmpty() ? !heads.isEmpty()
                : wanted.stream().anyMatch(id -> applied.contains(id) && !heads.contains(id));
        if (behind) throw new TargetBehindException(target, heads);
        List<PlannedStep> steps = new ArrayList<>();
        List<String> before = heads;
        for (String id : graph.ancestors(wanted)) {
            if (applied.contains(id)) continue;
            applied.add(id);
            // What headsOf(applied) gives, without a closure of the whole applied set per step (100
            // revisions made that 200 closures): applied stays closed under ancestors, id comes after
            // its parents, so the heads lose id's parents and gain id.
            List<String> after = new ArrayList<>(before);
            after.removeAll(graph.get(id).parents());
            after.add(id);
            after = graph.sortedByPosition(after);
            steps.add(new PlannedStep(graph.get(id), true, before, after));
            before = after;
        }
        return steps;
    }

    public List<PlannedStep> downgrade(Collection<String> current, String target) {
        if (Targets.isStepUp(target)) {
            throw new InvalidTargetException(target, "it is a step up; use upgrade " + target);
        }
        List<String> heads = graph.headsOf(current);
        Set<String> applied = new LinkedHashSet<>(graph.ancestors(heads));
        List<String> wanted = graph.resolve(target, heads);
        for (String id : wanted) {
            if (!applied.contains(id)) {
                throw new InvalidTargetException(target, "revision " + id + " is not applied (the database is at "
                        + label(heads) + "); use upgrade to reach it");
            }
        }
        List<String> undo = new ArrayList<>();
        Set<String> keep = graph.ancestors(wanted);
        for (String id : applied) {
            boolean above = wanted.isEmpty() || !keep.contains(id) && descendsFromAny(id, wanted);
            if (above) undo.add(id);
        }
        Collections.reverse(undo);
        List<PlannedStep> steps = new ArrayList<>();
        for (String id : undo) {
            List<String> before = graph.headsOf(applied);
            applied.remove(id);
            steps.add(new PlannedStep(graph.get(id), false, before, graph.headsOf(applied)));
        }
        return steps;
    }

    /** Moves the heads to the target without running anything; also from heads the graph does not know, after a purge. */
    public StampPlan stamp(Collection<String> current, String target) {
        List<String> heads = graph.headsOf(current);
        List<String> wanted = graph.resolve(target, heads);
        Set<String> before = graph.ancestors(heads);
        Set<String> after = graph.ancestors(wanted);
        List<String> entering = after.stream().filter(id -> !before.contains(id)).toList();
        List<String> leaving = new ArrayList<>(before.stream().filter(id -> !after.contains(id)).toList());
        Collections.reverse(leaving);
        return new StampPlan(heads, graph.headsOf(wanted), entering, leaving);
    }

    private boolean descendsFromAny(String id, List<String> ancestors) {
        Set<String> ofId = graph.ancestors(List.of(id));
        return ancestors.stream().anyMatch(ofId::contains);
    }

    private static String label(List<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }
}
