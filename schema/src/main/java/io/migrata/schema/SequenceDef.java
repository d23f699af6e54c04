package io.migrata.schema;

import java.util.Objects;

/**
 * A free-standing sequence (identity sequences belong to their column's {@link IdentityDef}).
 * {@code ownedBy} is the column whose drop drops the sequence ({@code OWNED BY}), or {@code null};
 * a serial column is an integer column with a {@code nextval} default on a sequence it owns.
 */
public record SequenceDef(QualifiedName name, SqlType type, SequenceOptions options, ColumnRef ownedBy,
                          String comment) {

    public SequenceDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(options, "options");
    }
}
