package io.migrata.introspect;

import io.migrata.schema.CheckDef;
import io.migrata.schema.ConstraintDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.UniqueDef;
import java.util.List;

/** The constraints found on one table, split by kind the way {@code TableDef} holds them. */
record TableConstraints(PrimaryKeyDef primaryKey, List<UniqueDef> uniques, List<CheckDef> checks,
                        List<ForeignKeyDef> foreignKeys) {

    static final TableConstraints NONE = new TableConstraints(null, List.of(), List.of(), List.of());

    TableConstraints {
        uniques = List.copyOf(uniques);
        checks = List.copyOf(checks);
        foreignKeys = List.copyOf(foreignKeys);
    }

    static TableConstraints of(List<ConstraintDef> constraints) {
        PrimaryKeyDef primaryKey = constraints.stream().filter(PrimaryKeyDef.class::isInstance)
                .map(PrimaryKeyDef.class::cast).findFirst().orElse(null);
        return new TableConstraints(primaryKey, only(constraints, UniqueDef.class), only(constraints, CheckDef.class),
                only(constraints, ForeignKeyDef.class));
    }

    private static <T> List<T> only(List<ConstraintDef> constraints, Class<T> kind) {
        return constraints.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
