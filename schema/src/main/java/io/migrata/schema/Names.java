package io.migrata.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/** Canonical ordering and duplicate checks shared by the model's records. */
final class Names {

    private Names() {
    }

    /**
     * The list sorted by the key, copied and unmodifiable; a repeated key is an error. {@code what}
     * names the items in that error, and is only called then: building the name for every table's
     * constraints showed in the start-up time of a CLI run on a large schema.
     */
    static <T, K extends Comparable<? super K>> List<T> sortedUnique(List<T> items, Function<T, K> key, Supplier<String> what) {
        if (items.size() < 2) return List.copyOf(items);
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(key));
        Set<K> seen = new HashSet<>();
        for (T item : sorted) {
            if (!seen.add(key.apply(item))) throw new IllegalArgumentException("duplicate " + what.get() + ": " + key.apply(item));
        }
        return List.copyOf(sorted);
    }
}
