package io.migrata.schema.op;

import io.migrata.schema.DomainDef;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A domain's new default, {@code NOT NULL} or checks under the same name ({@code ALTER DOMAIN}); a
 * check whose text changes is dropped and added again. PostgreSQL cannot change a domain's base
 * type or collation in place, so {@link #recreates() another base type or collation} drops and
 * creates the domain, which works only while no column has it as type.
 */
public record AlterDomain(DomainDef from, DomainDef to) implements SchemaOp {

    public AlterDomain {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.name().equals(to.name())) throw new IllegalArgumentException("alter domain cannot rename " + from.name());
        if (from.equals(to)) throw new IllegalArgumentException("alter domain " + from.name() + " changes nothing");
    }

    public boolean recreates() {
        return !from.baseType().equals(to.baseType()) || !Objects.equals(from.collation(), to.collation());
    }

    /** The checks of {@code from} that {@code to} lacks or spells otherwise. */
    public List<DomainDef.Check> droppedChecks() {
        return from.checks().stream().filter(c -> !to.checks().contains(c)).toList();
    }

    /** The checks of {@code to} that {@code from} lacks or spells otherwise. */
    public List<DomainDef.Check> addedChecks() {
        return to.checks().stream().filter(c -> !from.checks().contains(c)).toList();
    }

    @Override
    public SchemaOp inverse() {
        return new AlterDomain(to, from);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    /** {@code alter domain public.email: set not null, add check email_has_at}. */
    @Override
    public String describe() {
        List<String> changes = new ArrayList<>();
        if (!from.baseType().equals(to.baseType())) changes.add("base type " + from.baseType() + " -> " + to.baseType());
        if (!Objects.equals(from.collation(), to.collation())) {
            changes.add("collation " + (from.collation() == null ? "default" : from.collation()) + " -> "
                    + (to.collation() == null ? "default" : to.collation()));
        }
        if (!Objects.equals(from.defaultValue(), to.defaultValue())) {
            changes.add(to.defaultValue() == null ? "drop default" : "default " + to.defaultValue());
        }
        if (from.notNull() != to.notNull()) changes.add(to.notNull() ? "set not null" : "drop not null");
        droppedChecks().forEach(c -> changes.add("drop check " + c.name()));
        addedChecks().forEach(c -> changes.add("add check " + c.name()));
        return "alter domain " + from.name() + ": " + String.join(", ", changes);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitAlterDomain(this);
    }
}
