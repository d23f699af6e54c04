package io.migrata.schema.op;

import io.migrata.schema.Identifiers;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.UniqueDef;

import java.util.Locale;
import java.util.Objects;

/**
 * {@code ALTER TABLE … ADD CONSTRAINT … UNIQUE}. With {@code usingIndex}, the unique index is first
 * built {@code CONCURRENTLY} outside the transaction, under a lock that lets reads and writes go
 * on, and the constraint then takes it over ({@code ADD CONSTRAINT … UNIQUE USING INDEX}) with a
 * brief lock and no scan.
 */
public record AddUniqueConstraint(QualifiedName table, UniqueDef unique, boolean usingIndex) implements SchemaOp {

    public AddUniqueConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(unique, "unique");
    }

    /** Its index built as the constraint is added. */
    public AddUniqueConstraint(QualifiedName table, UniqueDef unique) {
        this(table, unique, false);
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
                + unique.deferrability().sqlSuffix().toLowerCase(Locale.ROOT)
                + (usingIndex ? " using an index built concurrently" : "");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitAddUniqueConstraint(this);
    }
}
