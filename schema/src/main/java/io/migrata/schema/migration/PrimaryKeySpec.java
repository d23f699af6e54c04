package io.migrata.schema.migration;

import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;

import java.util.List;

/** {@code PRIMARY KEY (columns)}: {@code primaryKey("id")}, or {@code constraint("pk_users").primaryKey("id")}. */
public final class PrimaryKeySpec extends ConstraintSpec {

    private final String name;
    private final List<String> columns;

    PrimaryKeySpec(String name, List<String> columns) {
        this.name = name;
        this.columns = columns;
    }

    List<String> columns() {
        return columns;
    }

    @Override
    public PrimaryKeyDef resolve(QualifiedName table, ObjectNames names) {
        return new PrimaryKeyDef(name != null ? name : DefaultNames.primaryKey(table.name()), columns);
    }
}
