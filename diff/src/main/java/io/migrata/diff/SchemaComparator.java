package io.migrata.diff;

import io.migrata.schema.SchemaModel;
import io.migrata.schema.op.CreateSchema;
import io.migrata.schema.op.DropSchema;
import io.migrata.schema.op.SetSchemaComment;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The schemas the two models cover: new ones are created first, gone ones dropped last (once
 * empty), after their comments are removed, so the downgrade gives them back.
 */
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
        Set<String> all = new TreeSet<>(before);
        all.addAll(after);
        for (String schema : all) {
            String comment = from.schemaComment(schema);
            String wanted = to.schemaComment(schema);
            if (!Objects.equals(comment, wanted)) changes.add(new SetSchemaComment(schema, comment, wanted));
        }
    }
}
