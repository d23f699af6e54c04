package io.migrata.runner.sql;

import io.migrata.schema.op.SchemaOp;

/**
 * An op PostgreSQL has no statement for (on the target server), so it cannot be rendered without
 * silently doing something else, such as dropping and re-adding a column.
 */
public class UnsupportedChangeException extends RuntimeException {

    private final transient SchemaOp op;

    public UnsupportedChangeException(SchemaOp op, String problemAndFix) {
        super("cannot render \"" + op.describe() + "\": " + problemAndFix);
        this.op = op;
    }

    /** The op that cannot be rendered. */
    public SchemaOp op() {
        return op;
    }
}
