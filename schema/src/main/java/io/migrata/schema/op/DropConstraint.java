package io.migrata.schema.op;

import io.migrata.schema.CheckDef;
import io.migrata.schema.ConstraintDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.Identifiers;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.UniqueDef;

import java.util.Objects;

/**
 * {@code ALTER TABLE … DROP CONSTRAINT} of any kind (never {@code CASCADE}); carries the whole
 * constraint, so the inverse is the matching add op. Not destructive: no data is lost, though
 * adding the constraint back fails if rows violate it by then.
 */
public record DropConstraint(QualifiedName table, ConstraintDef constraint) implements SchemaOp {

    public DropConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
    }

    @Override
    public SchemaOp inverse() {
        if (constraint instanceof PrimaryKeyDef key) return new AddPrimaryKey(table, key);
        if (constraint instanceof UniqueDef unique) return new AddUniqueConstraint(table, unique);
        if (constraint instanceof CheckDef check) return new AddCheckConstraint(table, check);
        return new AddForeignKey(table, (ForeignKeyDef) constraint);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        return "drop " + OpText.constraintKind(constraint) + " " + Identifiers.quote(constraint.name()) + " on " + table;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitDropConstraint(this);
    }
}
