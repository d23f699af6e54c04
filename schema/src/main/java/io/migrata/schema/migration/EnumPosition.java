package io.migrata.schema.migration;

/**
 * Where an enum label goes, or stood: {@code before("PAID")}, {@code after("ISSUED")}, or
 * {@code atEnd()}.
 */
public final class EnumPosition {

    static final EnumPosition END = new EnumPosition(null, null);

    private final String before;
    private final String after;

    EnumPosition(String before, String after) {
        this.before = before;
        this.after = after;
    }

    String before() {
        return before;
    }

    String after() {
        return after;
    }
}
