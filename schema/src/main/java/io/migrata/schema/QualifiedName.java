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

    // Written out, though the record's would do the same: those are linked on first use, which cost
    // the CLI's start-up a few milliseconds.
    @Override
    public boolean equals(Object other) {
        return other instanceof QualifiedName that && schema.equals(that.schema) && name.equals(that.name);
    }

    @Override
    public int hashCode() {
        return 31 * schema.hashCode() + name.hashCode();
    }

    /** {@code schema.name}, each part double-quoted only where PostgreSQL would need it. */
    @Override
    public String toString() {
        return Identifiers.quote(schema) + "." + Identifiers.quote(name);
    }
}
