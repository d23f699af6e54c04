package io.migrata.schema.op;

import io.migrata.schema.CheckDef;
import io.migrata.schema.Identifiers;
import io.migrata.schema.QualifiedName;

import java.util.Objects;

/**
 * {@code ALTER TABLE … ADD CONSTRAINT … CHECK}; with {@code notValid}, {@code … NOT VALID}: only
 * rows written from then on are checked, and a {@link ValidateConstraint} checks the others later
 * without blocking writes.
 */
public record AddCheckConstraint(QualifiedName table, CheckDef check, boolean notValid) implements SchemaOp {

    public AddCheckConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(check, "check");
    }

    /** Checked as it is added. */
    public AddCheckConstraint(QualifiedName table, CheckDef check) {
        this(table, check, false);
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
        return "add check constraint " + Identifiers.quote(check.name()) + " on " + table + (notValid ? " not valid" : "")
                + ": " + OpText.oneLine(check.expression());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitAddCheckConstraint(this);
    }
}
