package io.migrata.schema.migration;

import io.migrata.schema.SequenceOptions;
import io.migrata.schema.SqlType;

/**
 * The numbering options a sequence or identity declares; those left out get PostgreSQL's
 * defaults, which depend on the type and on the direction: an ascending sequence runs from 1 to
 * the type's maximum, a descending one from -1 down to the type's minimum, and each starts at the
 * end it counts away from.
 */
record Numbering(Long start, Long increment, Long min, Long max, Long cache, boolean cycle) {

    static final Numbering DEFAULTS = new Numbering(null, null, null, null, null, false);

    Numbering withStart(long value) {
        return new Numbering(value, increment, min, max, cache, cycle);
    }

    Numbering withIncrement(long value) {
        if (value == 0) throw new IllegalArgumentException("sequence increment is 0");
        return new Numbering(start, value, min, max, cache, cycle);
    }

    Numbering withMin(long value) {
        return new Numbering(start, increment, value, max, cache, cycle);
    }

    Numbering withMax(long value) {
        return new Numbering(start, increment, min, value, cache, cycle);
    }

    Numbering withCache(long value) {
        if (value < 1) throw new IllegalArgumentException("sequence cache " + value + " is below 1");
        return new Numbering(start, increment, min, max, value, cycle);
    }

    Numbering withCycle() {
        return new Numbering(start, increment, min, max, cache, true);
    }

    SequenceOptions resolve(SqlType type) {
        long step = increment == null ? 1 : increment;
        long low = min != null ? min : step > 0 ? 1 : minValueOf(type);
        long high = max != null ? max : step > 0 ? SequenceOptions.maxValueOf(type) : -1;
        long first = start != null ? start : step > 0 ? low : high;
        return new SequenceOptions(first, step, low, high, cache == null ? 1 : cache, cycle);
    }

    private static long minValueOf(SqlType type) {
        return switch (type.spelling()) {
            case "smallint" -> Short.MIN_VALUE;
            case "integer" -> Integer.MIN_VALUE;
            default -> Long.MIN_VALUE;
        };
    }
}
