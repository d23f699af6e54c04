package io.migrata.diff;

import io.migrata.schema.op.SchemaOp;

import java.util.Objects;

/**
 * One risk of one op, with a message that names the object and why.
 *
 * <pre>{@code
 * for (Hazard h : result.hazards()) System.out.println(h.kind() + ": " + h.message());
 * // DATA_LOSS: drops column public.users.phone and every value in it
 * }</pre>
 */
public record Hazard(HazardKind kind, SchemaOp op, String message) {

    public Hazard {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return kind + ": " + message;
    }
}
