package io.migrata.schema.migration;

import io.migrata.schema.Deferrability;

/**
 * {@code CONSTRAINT name}, waiting for its kind:
 * {@code constraint("ck_bills_period").check("period_end >= period_start")}.
 */
public final class NamedConstraint {

    private final String name;

    NamedConstraint(String name) {
        this.name = Require.text(name, "constraint name");
    }

    public PrimaryKeySpec primaryKey(String... columns) {
        return new PrimaryKeySpec(name, Require.names(columns, "primary key " + name, "column"));
    }

    public UniqueSpec unique(String... columns) {
        return new UniqueSpec(name, Require.names(columns, "unique constraint " + name, "column"), false,
                Deferrability.NOT_DEFERRABLE);
    }

    public CheckSpec check(String expression) {
        return new CheckSpec(name, Require.sql(expression, "check expression"));
    }

    public ForeignKeySpec foreignKey(String... columns) {
        return new ForeignKeySpec(name, Require.names(columns, "foreign key " + name, "column"));
    }
}
