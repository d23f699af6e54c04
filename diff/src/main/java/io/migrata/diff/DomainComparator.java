package io.migrata.diff;

import io.migrata.schema.DomainDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.op.AlterDomain;
import io.migrata.schema.op.CommentTarget;
import io.migrata.schema.op.CreateDomain;
import io.migrata.schema.op.DropDomain;
import io.migrata.schema.op.SetComment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Domains by name; a changed domain is altered ({@link AlterDomain} drops and creates it for
 * another base type, which PostgreSQL refuses while a column has it as type); a changed comment is a
 * {@link SetComment} of its own.
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
                // The comment changes by its own op, so an alteration (or a drop and create) keeps the one it had.
                DomainDef altered = wanted.withComment(current.comment());
                if (!altered.equals(current)) changes.add(new AlterDomain(current, altered));
                if (!Objects.equals(current.comment(), wanted.comment())) {
                    changes.add(new SetComment(CommentTarget.domain(wanted.name()), current.comment(), wanted.comment()));
                }
            }
        }
        domains.values().forEach(gone -> changes.add(new DropDomain(gone)));
    }
}
