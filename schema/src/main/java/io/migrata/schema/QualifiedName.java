package io.migrata.schema;

import java.util.Comparator;
import java.util.Objects;

/**
 * A schema-qualified object name, spelled exactly as PostgreSQL stores it (already case-folded).
 *
 * <pre>{@code QualifiedName users = QualifiedName.of("public", "users");}</pre>
 */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {

    private static final Comparator<QualifiedName> ORDER =
            Comparator.comparing(QualifiedName::schema).thenComparing(QualifiedName::name);

    public QualifiedName {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        if (schema.isEmpty()) throw new IllegalArgumentException("schema name is empty");
        if (name.isEmpty()) throw new IllegalArgumentException("object name is empty");
    }

    public static QualifiedName of(String schema, String name) {
        return new QualifiedName(schema, name);
    }

    /** The same schema, another name: the name an object gets when renamed in place. */
    public QualifiedName withName(String newName) {
        return new QualifiedName(schema, newName);
    }

    @Override
    public int compareTo(QualifiedName other) {
        return ORDER.compare(this, other);
    }

    /** {@code schema.name}, each part double-quoted only where PostgreSQL would need it. */
    @Override
    public String toString() {
        return Identifiers.quote(schema) + "." + Identifiers.quote(name);
    }
}
