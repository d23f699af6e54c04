package io.migrata.schema.migration;

import io.migrata.schema.EnumTypeDef;

import java.util.List;

/** An enum type with its labels in order: {@code enumType("bill_status", "PENDING", "PAID")}. */
public final class EnumSpec {

    private final String name;
    private final List<String> labels;
    private final String comment;

    EnumSpec(String name, List<String> labels, String comment) {
        this.name = name;
        this.labels = labels;
        this.comment = comment;
    }

    public EnumSpec comment(String text) {
        return new EnumSpec(name, labels, Require.present(text, "enum comment"));
    }

    public EnumTypeDef resolve(ObjectNames names) {
        return new EnumTypeDef(names.parse(name, "enum type"), labels, comment);
    }
}
