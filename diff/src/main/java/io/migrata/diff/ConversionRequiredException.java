package io.migrata.diff;

import java.util.List;

/**
 * A revision would change a column's type across families with no conversion given
 * ({@link HazardKind#CONVERSION_REQUIRED}): PostgreSQL would need an explicit cast that can
 * reinterpret values, so the revision is not written until the user says how values convert.
 */
public class ConversionRequiredException extends RuntimeException {

    private final List<Hazard> hazards;

    public ConversionRequiredException(List<Hazard> hazards) {
        super(message(hazards));
        this.hazards = List.copyOf(hazards);
    }

    private static String message(List<Hazard> hazards) {
        if (hazards.isEmpty()) throw new IllegalArgumentException("no type change needs a conversion");
        String first = hazards.get(0).message();
        return hazards.size() == 1 ? first : first + " (and " + (hazards.size() - 1) + " more type changes like it)";
    }

    public List<Hazard> hazards() {
        return hazards;
    }
}
