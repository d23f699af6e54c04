package io.migrata.introspect;

import io.migrata.schema.CheckDef;
import io.migrata.schema.ConstraintDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.UniqueDef;
import java.util.ArrayList;
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
        PrimaryKeyDef primaryKey = null;
        List<UniqueDef> uniques = new ArrayList<>();
        List<CheckDef> checks = new ArrayList<>();
        List<ForeignKeyDef> foreignKeys = new ArrayList<>();
        for (ConstraintDef constraint : constraints) {
            if (constraint instanceof PrimaryKeyDef key) primaryKey = key;
            else if (constraint instanceof UniqueDef unique) uniques.add(unique);
            else if (constraint instanceof CheckDef check) checks.add(check);
            else if (constraint instanceof ForeignKeyDef foreignKey) foreignKeys.add(foreignKey);
        }
        return new TableConstraints(primaryKey, uniques, checks, foreignKeys);
    }
}
