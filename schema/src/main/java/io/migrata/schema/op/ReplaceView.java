package io.migrata.schema.op;

import io.migrata.schema.ViewDef;

import java.util.Objects;

/**
 * A view's new definition ({@code CREATE OR REPLACE VIEW} where PostgreSQL allows it, otherwise a
 * drop and create that the renderer spells out). The name and comment stay; the query and whether
 * the view is materialized may change.
 */
public record ReplaceView(ViewDef from, ViewDef to) implements SchemaOp {

    public ReplaceView {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.name().equals(to.name())) {
            throw new IllegalArgumentException("replace view cannot rename " + from.name() + " to " + to.name());
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            throw new IllegalArgumentException("replace view cannot change the comment of " + from.name()
                    + ": use SetComment");
        }
        if (from.equals(to)) throw new IllegalArgumentException("replace view " + from.name() + " changes nothing");
    }

    @Override
    public SchemaOp inverse() {
        return new ReplaceView(to, from);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    /** {@code replace view public.active_users}, or {@code replace view public.x with materialized view}. */
    @Override
    public String describe() {
        String text = "replace " + ViewKind.of(from) + " " + from.name();
        return from.materialized() == to.materialized() ? text : text + " with " + ViewKind.of(to);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitReplaceView(this);
    }
}
