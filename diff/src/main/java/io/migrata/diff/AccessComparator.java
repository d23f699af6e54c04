package io.migrata.diff;

import io.migrata.schema.GrantDef;
import io.migrata.schema.PolicyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.RowSecurity;
import io.migrata.schema.RowSecurityDef;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.op.ChangeRowSecurity;
import io.migrata.schema.op.CreatePolicy;
import io.migrata.schema.op.DropPolicy;
import io.migrata.schema.op.GrantPrivilege;
import io.migrata.schema.op.RevokePrivilege;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Row-level security by table, policies by table and name, grants by object, role and privilege.
 * A changed policy is dropped and created again (PostgreSQL cannot alter its command or kind); a
 * grant whose grant option changes is revoked and granted again. A table that is dropped has its
 * policies dropped and its row-level security turned off first, so the downgrade restores both.
 */
final class AccessComparator {

    private AccessComparator() {
    }

    static void compare(SchemaModel from, SchemaModel to, Changes changes) {
        Set<QualifiedName> tables = new LinkedHashSet<>();
        from.rowSecurity().forEach(r -> tables.add(r.table()));
        to.rowSecurity().stream().map(RowSecurityDef::table).forEach(tables::add);
        for (QualifiedName table : tables) {
            RowSecurity before = from.rowSecurity(table);
            RowSecurity after = to.rowSecurity(table);
            if (before != after) changes.add(new ChangeRowSecurity(table, before, after));
        }

        Map<String, PolicyDef> policies = new LinkedHashMap<>();
        from.policies().forEach(p -> policies.put(p.table() + " " + p.name(), p));
        for (PolicyDef wanted : to.policies()) {
            PolicyDef current = policies.remove(wanted.table() + " " + wanted.name());
            if (current != null && current.equals(wanted)) continue;
            if (current != null) changes.add(new DropPolicy(current));
            changes.add(new CreatePolicy(wanted));
        }
        policies.values().forEach(gone -> changes.add(new DropPolicy(gone)));

        Map<String, GrantDef> grants = new LinkedHashMap<>();
        from.grants().forEach(g -> grants.put(g.key(), g));
        for (GrantDef wanted : to.grants()) {
            GrantDef current = grants.remove(wanted.key());
            if (current != null && current.equals(wanted)) continue;
            if (current != null) changes.add(new RevokePrivilege(current));
            changes.add(new GrantPrivilege(wanted));
        }
        grants.values().forEach(gone -> changes.add(new RevokePrivilege(gone)));
    }
}
