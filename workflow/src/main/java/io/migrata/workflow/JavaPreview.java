package io.migrata.workflow;

import java.util.Objects;

/**
 * A comparison and the migration class that would turn the first schema into the second.
 *
 * @param source the class's Java source, or null when the two schemas are the same
 */
public record JavaPreview(Comparison comparison, String source) {

    public JavaPreview {
        Objects.requireNonNull(comparison, "comparison");
    }
}
