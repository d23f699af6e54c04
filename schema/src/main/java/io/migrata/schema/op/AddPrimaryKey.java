package io.migrata.schema.op;

import io.migrata.schema.Identifiers;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;

import java.util.Objects;

/** {@code ALTER TABLE … ADD CONSTRAINT … PRIMARY KEY}; its columns must already be NOT NULL. */
public record AddPrimaryKey(QualifiedName table, PrimaryKeyDef key) implements SchemaOp {

    public AddPrimaryKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(key, "key");
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
        return "add primary key " + Identifiers.quote(key.name()) + " on " + table + " " + OpText.names(key.columns());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitAddPrimaryKey(this);
    }
}
