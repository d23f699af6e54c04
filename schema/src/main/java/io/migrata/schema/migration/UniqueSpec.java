package io.migrata.schema.migration;

import io.migrata.schema.Deferrability;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.UniqueDef;

import java.util.List;

/** {@code UNIQUE (columns)}: {@code unique("email")}, {@code constraint("uq_users_email").unique("email")}. */
public final class UniqueSpec extends ConstraintSpec {

    private final String name;
    private final List<String> columns;
    private final boolean nullsNotDistinct;
    private final Deferrability deferrability;

    UniqueSpec(String name, List<String> columns, boolean nullsNotDistinct, Deferrability deferrability) {
        this.name = name;
        this.columns = columns;
        this.nullsNotDistinct = nullsNotDistinct;
        this.deferrability = deferrability;
    }

    /** {@code UNIQUE NULLS NOT DISTINCT} (PostgreSQL 15): two rows with nulls in the same places clash. */
    public UniqueSpec nullsNotDistinct() {
        return new UniqueSpec(name, columns, true, deferrability);
    }

    /** {@code DEFERRABLE}, checked at each statement unless a transaction defers it. */
    public UniqueSpec deferrable() {
        return new UniqueSpec(name, columns, nullsNotDistinct, Deferrability.DEFERRABLE_INITIALLY_IMMEDIATE);
    }

    /** {@code DEFERRABLE INITIALLY DEFERRED}: checked at commit. */
    public UniqueSpec initiallyDeferred() {
        return new UniqueSpec(name, columns, nullsNotDistinct, Deferrability.DEFERRABLE_INITIALLY_DEFERRED);
    }

    @Override
    public UniqueDef resolve(QualifiedName table, ObjectNames names) {
        return new UniqueDef(name != null ? name : DefaultNames.unique(table.name(), columns), columns,
                nullsNotDistinct, deferrability);
    }
}
