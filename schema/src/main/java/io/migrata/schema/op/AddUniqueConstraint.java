package io.migrata.schema.op;

import io.migrata.schema.Identifiers;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.UniqueDef;

import java.util.Locale;
import java.util.Objects;

/** {@code ALTER TABLE … ADD CONSTRAINT … UNIQUE}. */
public record AddUniqueConstraint(QualifiedName table, UniqueDef unique) implements SchemaOp {

    public AddUniqueConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(unique, "unique");
    }

    @Override
    public SchemaOp inverse() {
        return new DropConstraint(table, unique);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        return "add unique constraint " + Identifiers.quote(unique.name()) + " on " + table + " "
                + OpText.names(unique.columns())
                + (unique.nullsNotDistinct() ? " nulls not distinct" : "")
                + unique.deferrability().sqlSuffix().toLowerCase(Locale.ROOT);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitAddUniqueConstraint(this);
    }
}
