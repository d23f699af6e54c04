package io.migrata.schema;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Canonical ordering and duplicate checks shared by the model's records. */
final class Names {

    private Names() {
    }

    /** The list sorted by the key, copied and unmodifiable; a repeated key is an error. */
    static <T, K extends Comparable<? super K>> List<T> sortedUnique(List<T> items, Function<T, K> key, String what) {
        List<T> sorted = items.stream().sorted(Comparator.comparing(key)).toList();
        Set<K> seen = new HashSet<>();
        for (T item : sorted) {
            if (!seen.add(key.apply(item))) throw new IllegalArgumentException("duplicate " + what + ": " + key.apply(item));
        }
        return sorted;
    }
}
