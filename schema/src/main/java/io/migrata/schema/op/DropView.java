package io.migrata.schema.op;

import io.migrata.schema.ViewDef;

import java.util.Objects;

/**
 * {@code DROP [MATERIALIZED] VIEW}; carries the whole view so the inverse can create it again. Not
 * destructive: a view's rows, even a materialized one's, come back from its query.
 */
public record DropView(ViewDef view) implements SchemaOp {

    public DropView {
        Objects.requireNonNull(view, "view");
    }

    @Override
    public SchemaOp inverse() {
        return new CreateView(view);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        return "drop " + ViewKind.of(view) + " " + view.name();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitDropView(this);
    }
}
