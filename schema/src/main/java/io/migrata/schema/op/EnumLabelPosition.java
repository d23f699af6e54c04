package io.migrata.schema.op;

import io.migrata.schema.QualifiedName;

import java.util.List;
import java.util.Objects;

/** The {@code before}/{@code after} rules {@link AddEnumValue} and {@link DropEnumValue} share. */
final class EnumLabelPosition {

    private EnumLabelPosition() {
    }

    static void check(QualifiedName type, String label, String before, String after) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        if (before != null && after != null) {
            throw new IllegalArgumentException("enum label " + label + " has both a before and an after neighbour");
        }
        if (label.equals(before) || label.equals(after)) {
            throw new IllegalArgumentException("enum label " + label + " is placed next to itself");
        }
    }

    static String describe(String before, String after) {
        if (before != null) return " before " + OpText.literal(before);
        if (after != null) return " after " + OpText.literal(after);
        return "";
    }

    /** Whether {@code label} stands at index {@code at} of {@code labels} as before/after say. */
    static boolean standsAt(List<String> labels, int at, String before, String after) {
        if (before != null) return at + 1 < labels.size() && labels.get(at + 1).equals(before);
        if (after != null) return at > 0 && labels.get(at - 1).equals(after);
        return at == labels.size() - 1;
    }
}
