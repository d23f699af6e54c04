package io.migrata.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A domain: a base type with an optional default, {@code NOT NULL} and named checks
 * ({@code CREATE DOMAIN public.email AS text NOT NULL CONSTRAINT email_has_at CHECK (VALUE ~~ '%@%')}).
 * Columns of the domain's type spell it by its qualified name, as they do an enum.
 *
 * @param defaultValue the default expression as {@code pg_get_expr} prints it, or null
 * @param checks       the domain's checks by name, their text as {@code pg_get_constraintdef} prints it
 * @param collation    the collation ({@code CREATE DOMAIN … COLLATE "C"}) when it is not the base type's own, spelled
 *                     as a column's is (bare for built-in ones, else qualified), or null
 * @param comment      the comment on the domain ({@code COMMENT ON DOMAIN}), or null
 */
public record DomainDef(QualifiedName name, SqlType baseType, String defaultValue, boolean notNull, List<Check> checks,
                        String collation, String comment) {

    /** {@code CONSTRAINT name CHECK (...)}: {@code definition} is the whole {@code CHECK (...)} clause. */
    public record Check(String name, String definition) {

        public Check {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(definition, "definition");
            if (name.isEmpty()) throw new IllegalArgumentException("domain check name is empty");
            if (definition.isBlank()) throw new IllegalArgumentException("definition of domain check " + name + " is empty");
        }
    }

    public DomainDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseType, "baseType");
        checks = Names.sortedUnique(checks, Check::name, () -> "check of domain " + name);
    }

    /** A domain with its base type's collation and no comment. */
    public DomainDef(QualifiedName name, SqlType baseType, String defaultValue, boolean notNull, List<Check> checks) {
        this(name, baseType, defaultValue, notNull, checks, null, null);
    }

    /** A domain without a comment. */
    public DomainDef(QualifiedName name, SqlType baseType, String defaultValue, boolean notNull, List<Check> checks, String collation) {
        this(name, baseType, defaultValue, notNull, checks, collation, null);
    }

    public DomainDef withComment(String newComment) {
        return new DomainDef(name, baseType, defaultValue, notNull, checks, collation, newComment);
    }

    public Optional<Check> check(String checkName) {
        return checks.stream().filter(c -> c.name().equals(checkName)).findFirst();
    }
}
