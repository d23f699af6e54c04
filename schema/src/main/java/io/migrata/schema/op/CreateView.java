package io.migrata.schema.op;

import io.migrata.schema.ViewDef;

import java.util.Objects;

/** {@code CREATE [MATERIALIZED] VIEW} with its query (and comment, if any). */
public record CreateView(ViewDef view) implements SchemaOp {

    public CreateView {
        Objects.requireNonNull(view, "view");
    }

    @Override
    public SchemaOp inverse() {
        return new DropView(view);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        return "create " + ViewKind.of(view) + " " + view.name();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitCreateView(this);
    }
}
