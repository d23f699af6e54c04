package io.migrata.diff;

import io.migrata.schema.DomainDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.op.AlterDomain;
import io.migrata.schema.op.CreateDomain;
import io.migrata.schema.op.DropDomain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Domains by name; a changed domain is altered ({@link AlterDomain} drops and creates it for
 * another base type, which PostgreSQL refuses while a column has it as type).
 */
final class DomainComparator {

    private DomainComparator() {
    }

    static void compare(SchemaModel from, SchemaModel to, Changes changes) {
        Map<QualifiedName, DomainDef> domains = new LinkedHashMap<>();
        from.domains().forEach(d -> domains.put(d.name(), d));
        for (DomainDef wanted : to.domains()) {
            DomainDef current = domains.remove(wanted.name());
            if (current == null) {
                changes.add(new CreateDomain(wanted));
            } else if (!current.equals(wanted)) {
                changes.add(new AlterDomain(current, wanted));
            }
        }
        domains.values().forEach(gone -> changes.add(new DropDomain(gone)));
    }
}
