package io.migrata.schema.migration;

import java.util.List;
import java.util.Objects;

/** Argument checks with the short messages the authoring API promises. */
final class Require {

    private Require() {
    }

    /** Not null ({@code "<what> is null"}) and not empty ({@code "<what> is empty"}). */
    static String text(String value, String what) {
        Objects.requireNonNull(value, what + " is null");
        if (value.isEmpty()) throw new IllegalArgumentException(what + " is empty");
        return value;
    }

    /** Not blank: for SQL, where only whitespace is as good as nothing. */
    static String sql(String value, String what) {
        Objects.requireNonNull(value, what + " is null");
        if (value.isBlank()) throw new IllegalArgumentException(what + " is blank");
        return value;
    }

    static <T> T present(T value, String what) {
        return Objects.requireNonNull(value, what + " is null");
    }

    /** At least one name, none null or empty: {@code "<what> has no columns"}. */
    static List<String> names(String[] names, String what, String element) {
        Objects.requireNonNull(names, what + " " + element + "s are null");
        if (names.length == 0) throw new IllegalArgumentException(what + " has no " + element + "s");
        for (String name : names) text(name, what + " " + element);
        return List.of(names);
    }

    /** Possibly none, but no null or empty name. */
    static List<String> optionalNames(String[] names, String what) {
        Objects.requireNonNull(names, what + "s are null");
        for (String name : names) text(name, what);
        return List.of(names);
    }
}
