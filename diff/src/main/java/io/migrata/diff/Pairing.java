package io.migrata.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Pairs the items of one kind (constraints, indexes) of a table in two models: by name first, then
 * the unpaired ones by definition. Readers name the same object differently (Hibernate's
 * {@code FKk3l…} is the database's {@code fk_meters_user}), so two items with equal definitions
 * are the same item whatever their names.
 */
final class Pairing {

    interface Handler<T> {
        /** Same name, same definition; or different names and the same definition. */
        void same(T from, T to);

        /** Same name, another definition. */
        void changed(T from, T to);

        void removed(T from);

        void added(T to);
    }

    private Pairing() {
    }

    /**
     * Calls the handler for every item, in a fixed order: name pairs in {@code from}'s order, then
     * items paired by definition and removed items in {@code from}'s order, then added items in
     * {@code to}'s order.
     */
    static <T> void pair(List<T> from, List<T> to, Function<T, String> name, Function<T, Object> definition,
                         Handler<T> handler) {
        Map<String, T> toByName = new HashMap<>();
        for (T item : to) toByName.put(name.apply(item), item);
        Set<String> fromNames = new HashSet<>();
        List<T> fromOnly = new ArrayList<>();
        for (T item : from) {
            fromNames.add(name.apply(item));
            T counterpart = toByName.get(name.apply(item));
            if (counterpart == null) fromOnly.add(item);
            else if (Objects.equals(item, counterpart)) handler.same(item, counterpart);
            else handler.changed(item, counterpart);
        }
        Map<Object, ArrayDeque<T>> toOnlyByDefinition = new HashMap<>();
        List<T> toOnly = new ArrayList<>();
        for (T item : to) {
            if (fromNames.contains(name.apply(item))) continue;
            toOnly.add(item);
            toOnlyByDefinition.computeIfAbsent(definition.apply(item), d -> new ArrayDeque<>()).add(item);
        }
        Set<T> matched = new HashSet<>();
        for (T item : fromOnly) {
            ArrayDeque<T> candidates = toOnlyByDefinition.get(definition.apply(item));
            if (candidates == null || candidates.isEmpty()) {
                handler.removed(item);
            } else {
                T counterpart = candidates.poll();
                matched.add(counterpart);
                handler.same(item, counterpart);
            }
        }
        for (T item : toOnly) {
            if (!matched.contains(item)) handler.added(item);
        }
    }
}
