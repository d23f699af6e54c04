package io.migrata.schema.op;

import io.migrata.schema.CheckDef;
import io.migrata.schema.Identifiers;
import io.migrata.schema.QualifiedName;

import java.util.Objects;

/** {@code ALTER TABLE … ADD CONSTRAINT … CHECK}. */
public record AddCheckConstraint(QualifiedName table, CheckDef check) implements SchemaOp {

    public AddCheckConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(check, "check");
    }

    @Override
    public SchemaOp inverse() {
        return new DropConstraint(table, check);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        return "add check constraint " + Identifiers.quote(check.name()) + " on " + table + ": "
                + OpText.oneLine(check.expression());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitAddCheckConstraint(this);
    }
}
