package io.migrata.schema.migration;

import io.migrata.schema.op.SchemaOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link Migration} writes its changes to. Every method records one {@link SchemaOp} and
 * touches no database; the runner renders the recorded list as SQL.
 */
public final class Operations {

    private final List<SchemaOp> recorded = new ArrayList<>();

    /** Records an operation as it is; the named methods are the readable way to the same thing. */
    public Operations apply(SchemaOp op) {
        recorded.add(Objects.requireNonNull(op, "op"));
        return this;
    }

    /** The operations recorded so far, in order. */
    public List<SchemaOp> recorded() {
        return List.copyOf(recorded);
    }
}
