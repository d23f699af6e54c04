package io.migrata.schema;

import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * An unmodifiable list whose items have unique keys, with a hash index on them. The model is
 * rebuilt once per op when a migration is replayed, and a linear look-up per op made replaying a
 * revision of many tables quadratic. As a {@link List} it equals, hashes and prints like any list
 * of the same items, so the records holding it keep their meaning.
 */
final class KeyedList<K, T> extends AbstractList<T> implements RandomAccess {

    private final List<T> items;
    private final Map<K, T> byKey;

    KeyedList(List<T> items, Map<K, T> byKey) {
        this.items = items;
        this.byKey = byKey;
    }

    @Override
    public T get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    Optional<T> find(K key) {
        return Optional.ofNullable(byKey.get(key));
    }
}
