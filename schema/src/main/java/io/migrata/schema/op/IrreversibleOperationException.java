package io.migrata.schema.op;

/**
 * Thrown by {@link SchemaOp#inverse()} for an op that cannot be undone, which makes a downgrade
 * through it impossible until the migration says how to undo it.
 */
public class IrreversibleOperationException extends RuntimeException {

    private final SchemaOp op;

    public IrreversibleOperationException(SchemaOp op) {
        super("cannot invert \"" + op.describe() + "\": it has no reverse SQL; give the downgrade its own SQL "
                + "or pass the reverse statement with the upgrade one");
        this.op = op;
    }

    /** The op that has no inverse. */
    public SchemaOp op() {
        return op;
    }
}
