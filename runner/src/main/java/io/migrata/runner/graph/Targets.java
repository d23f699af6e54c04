package io.migrata.runner.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a target as the user writes it into the revisions it names:
 * <ul>
 *   <li>{@code head} (the one head), {@code heads} (all of them), {@code base} (nothing applied);</li>
 *   <li>a revision id, or a prefix of exactly one id;</li>
 *   <li>{@code +N} / {@code -N}: N steps up or down from the database's current revision;</li>
 *   <li>{@code <rev>+N} / {@code <rev>-N}: N steps from a revision ({@code head-1}, {@code base+2}).</li>
 * </ul>
 * A step up must be unambiguous (a branch point has several children); a step down from a merge
 * revision reaches both its parents.
 */
public final class Targets {

    private static final Pattern RELATIVE = Pattern.compile("([+-])(\\d+)");
    private static final Pattern ANCHORED = Pattern.compile("(.+)([+-])(\\d+)");

    private final RevisionGraph graph;

    Targets(RevisionGraph graph) {
        this.graph = graph;
    }

    /** Whether the target is a bare step down from the current revision, {@code -N}. */
    public static boolean isStepDown(String target) {
        return target.startsWith("-") && RELATIVE.matcher(target).matches();
    }

    /** Whether the target is a bare step up from the current revision, {@code +N}. */
    public static boolean isStepUp(String target) {
        return target.startsWith("+") && RELATIVE.matcher(target).matches();
    }

    List<String> resolve(String target, Collection<String> current) {
        if (target == null || target.isBlank()) {
            throw new InvalidTargetException(String.valueOf(target), "it is empty (use head, base, a revision id, +N or -N)");
        }
        String spec = target.strip();
        Matcher relative = RELATIVE.matcher(spec);
        if (relative.matches()) {
            List<String> from = graph.headsOf(current);
            if (from.size() > 1) {
                throw new MultipleHeadsException("the database", from,
                        "a relative step needs one current revision: name one, e.g. " + from.get(0) + relative.group());
            }
            return step(spec, from, relative.group(1), Integer.parseInt(relative.group(2)), "the current revision");
        }
        List<String> absolute = absolute(spec);
        if (absolute != null) return absolute;
        Matcher anchored = ANCHORED.matcher(spec);
        if (anchored.matches()) {
            String anchor = anchored.group(1);
            if (anchor.equals("heads")) {
                throw new InvalidTargetException(spec, "a step needs one starting revision, and heads may be several (use head)");
            }
            List<String> from = absolute(anchor);
            if (from == null) throw unknown(anchor);
            return step(spec, from, anchored.group(2), Integer.parseInt(anchored.group(3)),
                    from.isEmpty() ? "base" : from.get(0));
        }
        throw unknown(spec);
    }

    /** A keyword, an id or a unique prefix; {@code null} when nothing matches. */
    private List<String> absolute(String spec) {
        switch (spec) {
            case "base":
                return List.of();
            case "head":
                return List.of(graph.head());
            case "heads":
                return graph.heads();
            default:
                break;
        }
        if (graph.contains(spec)) return List.of(spec);
        List<String> matches = graph.ids().stream().filter(id -> id.startsWith(spec)).toList();
        if (matches.size() > 1) throw new AmbiguousRevisionException(spec, "it is a prefix of", matches);
        return matches.isEmpty() ? null : matches;
    }

    private List<String> step(String target, List<String> from, String sign, int count, String fromLabel) {
        if (count == 0) throw new InvalidTargetException(target, "a step of 0 goes nowhere");
        return sign.equals("+") ? up(target, from, count, fromLabel) : down(target, from, count, fromLabel);
    }

    private List<String> up(String target, List<String> from, int count, String fromLabel) {
        List<String> at = from;
        for (int taken = 0; taken < count; taken++) {
            List<String> next = at.isEmpty() ? graph.bases() : graph.children(at.get(0));
            if (next.isEmpty()) {
                throw new InvalidTargetException(target, "there " + (taken == 1 ? "is" : "are") + " only " + taken
                        + " revision" + (taken == 1 ? "" : "s") + " above " + fromLabel);
            }
            if (next.size() > 1) {
                String where = at.isEmpty() ? "the history has several bases:" : at.get(0) + " is a branch point with children";
                throw new AmbiguousRevisionException(target, "step " + (taken + 1) + " reaches a branch, " + where, next);
            }
            at = next;
        }
        return at;
    }

    private List<String> down(String target, List<String> from, int count, String fromLabel) {
        List<String> at = from;
        for (int taken = 0; taken < count; taken++) {
            if (at.isEmpty()) {
                throw new InvalidTargetException(target, "it goes below base: there " + (taken == 1 ? "is" : "are")
                        + " only " + taken + " revision" + (taken == 1 ? "" : "s") + " below " + fromLabel);
            }
            List<String> parents = new ArrayList<>();
            for (String id : at) parents.addAll(graph.get(id).parents());
            at = parents.isEmpty() ? List.of() : graph.headsOf(parents);
        }
        return at;
    }

    private UnknownRevisionException unknown(String spec) {
        return new UnknownRevisionException(spec,
                "use head, heads, base, a revision id or a unique prefix of one, +N, -N, or <revision>+N / <revision>-N;"
                        + " history lists the revisions");
    }
}
