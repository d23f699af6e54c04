package io.migrata.schema.op;

import io.migrata.schema.Identifiers;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;

import java.util.Objects;

/**
 * {@code ALTER TABLE … ADD CONSTRAINT … PRIMARY KEY}; its columns must already be NOT NULL. With
 * {@code usingIndex}, as {@link AddUniqueConstraint}: the unique index built {@code CONCURRENTLY}
 * first, then taken over by {@code ADD CONSTRAINT … PRIMARY KEY USING INDEX}.
 */
public record AddPrimaryKey(QualifiedName table, PrimaryKeyDef key, boolean usingIndex) implements SchemaOp {

    public AddPrimaryKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(key, "key");
    }

    /** Its index built as the key is added. */
    public AddPrimaryKey(QualifiedName table, PrimaryKeyDef key) {
        this(table, key, false);
    }

    @Override
    public SchemaOp inverse() {
        return new DropConstraint(table, key);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        return "add primary key " + Identifiers.quote(key.name()) + " on " + table + " " + OpText.names(key.columns())
                + (usingIndex ? " using an index built concurrently" : "");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitAddPrimaryKey(this);
    }
}
