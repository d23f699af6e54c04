package io.migrata.diff;

import io.migrata.schema.SchemaModel;
import io.migrata.schema.op.CreateSchema;
import io.migrata.schema.op.DropSchema;

import java.util.HashSet;
import java.util.Set;

/** The schemas the two models cover: new ones are created first, gone ones dropped last (once empty). */
final class SchemaComparator {

    private SchemaComparator() {
    }

    static void compare(SchemaModel from, SchemaModel to, Changes changes) {
        Set<String> before = new HashSet<>(from.schemas());
        Set<String> after = new HashSet<>(to.schemas());
        for (String schema : from.schemas()) {
            if (!after.contains(schema)) changes.add(new DropSchema(schema));
        }
        for (String schema : to.schemas()) {
            if (!before.contains(schema)) changes.add(new CreateSchema(schema));
        }
    }
}
