package io.migrata.schema.op;

import java.util.Objects;

/**
 * {@code COMMENT ON … IS}: the comment changes from {@code from} to {@code to}; {@code null} on
 * either side means no comment.
 */
public record SetComment(CommentTarget target, String from, String to) implements SchemaOp {

    public SetComment {
        Objects.requireNonNull(target, "target");
        if (Objects.equals(from, to)) throw new IllegalArgumentException("comment on " + target + " changes nothing");
    }

    @Override
    public SchemaOp inverse() {
        return new SetComment(target, to, from);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    /** {@code set comment on column public.users.phone to 'Mobile number'}, or {@code remove comment on …}. */
    @Override
    public String describe() {
        return to == null ? "remove comment on " + target : "set comment on " + target + " to " + OpText.literal(to);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitSetComment(this);
    }
}
