package io.migrata.schema.op;

import io.migrata.schema.ColumnRef;
import io.migrata.schema.GrantDef;
import io.migrata.schema.PolicyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.RowSecurity;
import io.migrata.schema.RowSecurityDef;
import io.migrata.schema.SchemaModel;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Row-level security, policies and grants: each on an object the model holds. */
final class AccessChanges {

    private AccessChanges() {
    }

    static SchemaModel changeRowSecurity(Step step, ChangeRowSecurity op) {
        step.table(op.table());
        RowSecurity current = step.model.rowSecurity(op.table());
        if (current != op.from()) throw step.fail("row security of " + op.table() + " is " + current + ", not " + op.from());
        List<RowSecurityDef> others = step.model.rowSecurity().stream().filter(r -> !r.table().equals(op.table())).toList();
        return step.model.withRowSecurity(op.to() == RowSecurity.OFF ? others : Step.with(others, new RowSecurityDef(op.table(), op.to())));
    }

    static SchemaModel createPolicy(Step step, PolicyDef policy) {
        step.table(policy.table());
        if (step.model.policy(policy.table(), policy.name()).isPresent()) throw step.fail("policy exists already");
        return step.model.withPolicies(Step.with(step.model.policies(), policy));
    }

    static SchemaModel dropPolicy(Step step, PolicyDef policy) {
        PolicyDef current = step.model.policy(policy.table(), policy.name())
                .orElseThrow(() -> step.fail("policy does not exist"));
        step.requireCurrent(current, policy, "policy " + policy.describe());
        return step.model.withPolicies(Step.without(step.model.policies(), current));
    }

    static SchemaModel grant(Step step, GrantDef grant) {
        if (!step.model.holdsObjectOf(grant)) {
            throw step.fail(grant.kind().isDefault() ? "no schema " + grant.schema() : "no " + grant.kind().sql() + " " + grant.object());
        }
        if (step.model.grant(grant.key()).isPresent()) throw step.fail("it is granted already");
        return step.model.withGrants(Step.with(step.model.grants(), grant));
    }

    static SchemaModel revoke(Step step, GrantDef grant) {
        GrantDef current = step.model.grant(grant.key()).orElseThrow(() -> step.fail("it is not granted"));
        step.requireCurrent(current, grant, "the grant");
        return step.model.withGrants(Step.without(step.model.grants(), current));
    }

    /** Policies, row-level security and grants follow a renamed table, as PostgreSQL's follow its oid. */
    static SchemaModel tableRenamed(SchemaModel model, QualifiedName from, QualifiedName to) {
        return model
                .withRowSecurity(model.rowSecurity().stream()
                        .map(r -> r.table().equals(from) ? new RowSecurityDef(to, r.mode()) : r).toList())
                .withPolicies(model.policies().stream()
                        .map(p -> p.table().equals(from)
                                ? new PolicyDef(to, p.name(), p.command(), p.permissive(), p.roles(), p.using(), p.withCheck()) : p)
                        .toList())
                .withGrants(model.grants().stream()
                        .map(g -> (g.kind() == GrantDef.Kind.TABLE || g.kind() == GrantDef.Kind.COLUMN) && from.equals(g.relation())
                                ? g.onRenamedTable(to) : g)
                        .toList());
    }

    /**
     * A column's privileges follow it when it is renamed, and so do those on the column of the
     * table's partitions, which PostgreSQL renames with the parent's.
     */
    static SchemaModel columnRenamed(SchemaModel model, ColumnRef from, String to) {
        Set<QualifiedName> tables = new HashSet<>(Set.of(from.table()));
        for (int before = 0; before != tables.size(); ) {
            before = tables.size();
            model.tables().stream().filter(t -> t.isPartition() && tables.contains(t.partitionOf().parent()))
                    .forEach(t -> tables.add(t.name()));
        }
        return model.withGrants(model.grants().stream()
                .map(g -> g.kind() == GrantDef.Kind.COLUMN && tables.contains(g.relation()) && from.column().equals(g.column())
                        ? g.onRenamedColumn(to) : g)
                .toList());
    }
}
