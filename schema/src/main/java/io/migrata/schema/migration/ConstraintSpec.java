package io.migrata.schema.migration;

import io.migrata.schema.ConstraintDef;
import io.migrata.schema.QualifiedName;

/**
 * A table constraint as a migration declares it. Left unnamed, it gets the name PostgreSQL would
 * give it ({@link DefaultNames}); {@code constraint("name").unique("email")} names it.
 */
public abstract sealed class ConstraintSpec extends TableElement
        permits PrimaryKeySpec, UniqueSpec, CheckSpec, ForeignKeySpec {

    ConstraintSpec() {
    }

    /** The constraint on {@code table}, its other names read with {@code names}. */
    public abstract ConstraintDef resolve(QualifiedName table, ObjectNames names);
}
