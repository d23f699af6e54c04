package io.migrata.introspect;

import io.migrata.schema.Identifiers;
import io.migrata.schema.QualifiedName;

/**
 * How the model spells a collation or operator class: as SQL text, the way {@code pg_get_indexdef()}
 * prints it with {@code search_path = pg_catalog}: bare for built-in objects ({@code "C"},
 * {@code text_pattern_ops}), schema-qualified for everything else, quoted where needed.
 */
final class SqlName {

    private SqlName() {
    }

    static String of(String schema, String name) {
        if (name == null) return null;
        return "pg_catalog".equals(schema) ? Identifiers.quote(name) : QualifiedName.of(schema, name).toString();
    }
}
