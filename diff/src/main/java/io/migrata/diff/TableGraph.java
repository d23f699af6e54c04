package io.migrata.diff;

import io.migrata.schema.QualifiedName;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Tables and the tables their foreign keys reference, among one set of tables (those created, or
 * those dropped, by one diff). Its strongly connected components are the foreign key cycles; the
 * order it gives puts referenced tables first (to create them) or referencing tables first (to drop
 * them), each cycle's tables together in name order, and otherwise the smallest name first, so
 * the same input always gives the same order. Linear in tables and foreign keys, without recursion.
 */
final class TableGraph {

    private final List<QualifiedName> nodes;
    private final Map<QualifiedName, List<QualifiedName>> references = new HashMap<>();
    private final Map<QualifiedName, Integer> componentOf = new HashMap<>();
    private final List<List<QualifiedName>> components = new ArrayList<>();

    /** {@code references} maps each table to the tables it references; others and self-references are ignored. */
    TableGraph(Map<QualifiedName, ? extends Collection<QualifiedName>> references) {
        this.nodes = references.keySet().stream().sorted().toList();
        for (QualifiedName node : nodes) {
            List<QualifiedName> targets = references.get(node).stream()
                    .filter(t -> !t.equals(node) && references.containsKey(t))
                    .distinct()
                    .sorted()
                    .toList();
            this.references.put(node, targets);
        }
        findComponents();
    }

    /** Whether the two tables are in one foreign key cycle. */
    boolean inOneCycle(QualifiedName a, QualifiedName b) {
        Integer first = componentOf.get(a);
        return !a.equals(b) && first != null && first.equals(componentOf.get(b));
    }

    /** Every table, referenced ones before those referencing them (or the other way round). */
    List<QualifiedName> order(boolean referencedFirst) {
        int count = components.size();
        List<Set<Integer>> outgoing = new ArrayList<>();
        List<Set<Integer>> incoming = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            outgoing.add(new LinkedHashSet<>());
            incoming.add(new LinkedHashSet<>());
        }
        for (QualifiedName node : nodes) {
            int from = componentOf.get(node);
            for (QualifiedName target : references.get(node)) {
                int to = componentOf.get(target);
                if (from != to) {
                    outgoing.get(from).add(to);
                    incoming.get(to).add(from);
                }
            }
        }
        List<Set<Integer>> waitsFor = referencedFirst ? outgoing : incoming;
        List<Set<Integer>> releases = referencedFirst ? incoming : outgoing;
        int[] pending = new int[count];
        PriorityQueue<Integer> ready = new PriorityQueue<>(Comparator.comparing((Integer c) -> components.get(c).get(0)));
        for (int c = 0; c < count; c++) {
            pending[c] = waitsFor.get(c).size();
            if (pending[c] == 0) ready.add(c);
        }
        List<QualifiedName> ordered = new ArrayList<>(nodes.size());
        while (!ready.isEmpty()) {
            int c = ready.poll();
            ordered.addAll(components.get(c));
            for (int next : releases.get(c)) {
                if (--pending[next] == 0) ready.add(next);
            }
        }
        return ordered;
    }

    /** Tarjan's algorithm with an explicit stack: a chain of thousands of tables must not overflow the call stack. */
    private void findComponents() {
        Map<QualifiedName, Integer> index = new HashMap<>();
        Map<QualifiedName, Integer> low = new HashMap<>();
        Deque<QualifiedName> stack = new ArrayDeque<>();
        Set<QualifiedName> onStack = new HashSet<>();
        record Frame(QualifiedName node, Iterator<QualifiedName> targets) {
        }
        int counter = 0;
        for (QualifiedName root : nodes) {
            if (index.containsKey(root)) continue;
            Deque<Frame> work = new ArrayDeque<>();
            index.put(root, counter);
            low.put(root, counter++);
            stack.push(root);
            onStack.add(root);
            work.push(new Frame(root, references.get(root).iterator()));
            while (!work.isEmpty()) {
                Frame frame = work.peek();
                if (frame.targets().hasNext()) {
                    QualifiedName target = frame.targets().next();
                    if (!index.containsKey(target)) {
                        index.put(target, counter);
                        low.put(target, counter++);
                        stack.push(target);
                        onStack.add(target);
                        work.push(new Frame(target, references.get(target).iterator()));
                    } else if (onStack.contains(target)) {
                        low.put(frame.node(), Math.min(low.get(frame.node()), index.get(target)));
                    }
                    continue;
                }
                work.pop();
                QualifiedName node = frame.node();
                if (!work.isEmpty()) {
                    QualifiedName parent = work.peek().node();
                    low.put(parent, Math.min(low.get(parent), low.get(node)));
                }
                if (low.get(node).equals(index.get(node))) {
                    List<QualifiedName> component = new ArrayList<>();
                    QualifiedName member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        component.add(member);
                        componentOf.put(member, components.size());
                    } while (!member.equals(node));
                    component.sort(Comparator.naturalOrder());
                    components.add(component);
                }
            }
        }
    }
}
