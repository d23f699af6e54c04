package io.migrata.diff;

import io.migrata.schema.ViewDef;
import io.migrata.schema.op.CreateView;
import io.migrata.schema.op.DropView;
import io.migrata.schema.op.ReplaceView;
import io.migrata.schema.op.SchemaOp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

/**
 * Orders the view ops of one phase so that a view is dropped before the views it mentions and
 * created after them. Mentions come from the query text ({@link ViewMentions}) and may be false;
 * a cycle of them is broken at the op that came first.
 */
final class ViewOrder {

    private ViewOrder() {
    }

    static List<SchemaOp> sort(List<SchemaOp> ops, boolean dependentsFirst) {
        int count = ops.size();
        if (count < 2) return ops;
        List<ViewDef> views = ops.stream().map(ViewOrder::view).toList();
        Map<String, List<Integer>> byName = new HashMap<>();
        for (int i = 0; i < count; i++) byName.computeIfAbsent(views.get(i).name().name(), n -> new ArrayList<>()).add(i);
        List<Set<Integer>> before = new ArrayList<>();
        for (int i = 0; i < count; i++) before.add(new TreeSet<>());
        int[] waiting = new int[count];
        for (int i = 0; i < count; i++) {
            for (String name : ViewMentions.identifiers(views.get(i).definition())) {
                for (int j : byName.getOrDefault(name, List.of())) {
                    if (j == i) continue;
                    int first = dependentsFirst ? i : j;
                    int second = dependentsFirst ? j : i;
                    if (before.get(first).add(second)) waiting[second]++;
                }
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < count; i++) if (waiting[i] == 0) ready.add(i);
        boolean[] done = new boolean[count];
        List<SchemaOp> ordered = new ArrayList<>(count);
        while (ordered.size() < count) {
            int next = ready.isEmpty() ? firstNotDone(done) : ready.poll();
            if (done[next]) continue;
            done[next] = true;
            ordered.add(ops.get(next));
            for (int later : before.get(next)) {
                if (--waiting[later] == 0 && !done[later]) ready.add(later);
            }
        }
        return ordered;
    }

    private static int firstNotDone(boolean[] done) {
        for (int i = 0; i < done.length; i++) if (!done[i]) return i;
        throw new IllegalStateException("every view op is placed");
    }

    private static ViewDef view(SchemaOp op) {
        if (op instanceof DropView drop) return drop.view();
        if (op instanceof CreateView create) return create.view();
        if (op instanceof ReplaceView replace) return replace.to();
        throw new IllegalArgumentException("not a view op: " + op.describe());
    }
}
