package io.migrata.schema;

/**
 * The numbering of a sequence or identity column, with every value explicit (never "default"):
 * PostgreSQL's defaults depend on the data type, so the readers fill them in and the model
 * compares plain numbers.
 */
public record SequenceOptions(long start, long increment, long min, long max, long cache, boolean cycle) {

    public SequenceOptions {
        if (increment == 0) throw new IllegalArgumentException("sequence increment is 0");
        if (cache < 1) throw new IllegalArgumentException("sequence cache is below 1");
        if (min > max) throw new IllegalArgumentException("sequence minimum exceeds maximum");
    }

    /** PostgreSQL's defaults for an ascending sequence of the given type, starting at 1. */
    public static SequenceOptions defaultsFor(SqlType type) {
        return new SequenceOptions(1, 1, 1, maxValueOf(type), 1, false);
    }

    public static long maxValueOf(SqlType type) {
        return switch (type.spelling()) {
            case "smallint" -> Short.MAX_VALUE;
            case "integer" -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
    }

    public SequenceOptions withStart(long newStart) {
        return new SequenceOptions(newStart, increment, min, max, cache, cycle);
    }

    public SequenceOptions withIncrement(long newIncrement) {
        return new SequenceOptions(start, newIncrement, min, max, cache, cycle);
    }
}
