package io.migrata.schema.migration;

import io.migrata.schema.DomainDef;
import io.migrata.schema.SqlType;

import java.util.ArrayList;
import java.util.List;

/**
 * A domain: {@code domain("email", text()).notNull().check("email_has_at", "CHECK ((VALUE ~~ '%@%'::text))")};
 * {@code .defaultValue("''::text")} gives its default expression. A check is its whole {@code CHECK (...)}
 * clause, as {@code pg_get_constraintdef} prints it. {@code .collate("\"C\"")} gives it a collation other
 * than its base type's, spelled as a column's is, and {@code .comment("…")} its comment.
 */
public final class DomainSpec {

    private final String name;
    private final SqlType baseType;
    private final String defaultValue;
    private final boolean notNull;
    private final List<DomainDef.Check> checks;
    private final String collation;
    private final String comment;

    DomainSpec(String name, SqlType baseType, String defaultValue, boolean notNull, List<DomainDef.Check> checks,
               String collation, String comment) {
        this.name = name;
        this.baseType = baseType;
        this.defaultValue = defaultValue;
        this.notNull = notNull;
        this.checks = List.copyOf(checks);
        this.collation = collation;
        this.comment = comment;
    }

    public DomainSpec defaultValue(String expression) {
        return new DomainSpec(name, baseType, Require.sql(expression, "domain default"), notNull, checks, collation, comment);
    }

    public DomainSpec notNull() {
        return new DomainSpec(name, baseType, defaultValue, true, checks, collation, comment);
    }

    public DomainSpec collate(String newCollation) {
        return new DomainSpec(name, baseType, defaultValue, notNull, checks, Require.text(newCollation, "domain collation"), comment);
    }

    public DomainSpec comment(String text) {
        return new DomainSpec(name, baseType, defaultValue, notNull, checks, collation, Require.present(text, "domain comment"));
    }

    public DomainSpec check(String checkName, String definition) {
        List<DomainDef.Check> more = new ArrayList<>(checks);
        more.add(new DomainDef.Check(Require.text(checkName, "domain check name"), Require.sql(definition, "domain check")));
        return new DomainSpec(name, baseType, defaultValue, notNull, more, collation, comment);
    }

    public DomainDef resolve(ObjectNames names) {
        return new DomainDef(names.parse(name, "domain"), baseType, defaultValue, notNull, checks, collation, comment);
    }
}
