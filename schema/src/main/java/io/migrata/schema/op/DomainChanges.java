package io.migrata.schema.op;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.DomainDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;

import java.util.ArrayList;
import java.util.List;

/** Domains: types in the relation namespace's neighbour, the type namespace, shared with enums. */
final class DomainChanges {

    private DomainChanges() {
    }

    static SchemaModel create(Step step, DomainDef domain) {
        step.requireSchema(domain.name());
        if (step.model.domain(domain.name()).isPresent() || step.model.enumType(domain.name()).isPresent()) {
            throw step.fail("a type " + domain.name() + " already exists");
        }
        return step.model.withDomains(Step.with(step.model.domains(), domain));
    }

    static SchemaModel alter(Step step, AlterDomain op) {
        DomainDef current = find(step, op.from().name());
        step.requireCurrent(current, op.from(), "domain " + current.name());
        if (op.recreates()) requireUnused(step, current);
        return step.model.withDomains(Step.replaced(step.model.domains(), current, op.to()));
    }

    static SchemaModel drop(Step step, DomainDef domain) {
        DomainDef current = find(step, domain.name());
        step.requireCurrent(current, domain, "domain " + current.name());
        requireUnused(step, current);
        return step.model.withDomains(Step.without(step.model.domains(), current));
    }

    private static void requireUnused(Step step, DomainDef domain) {
        List<String> users = columnsOfType(step.model, domain.name());
        if (!users.isEmpty()) throw step.fail("columns " + String.join(", ", users) + " still have it as type");
    }

    private static List<String> columnsOfType(SchemaModel model, QualifiedName domain) {
        String spelling = domain.toString();
        List<String> users = new ArrayList<>();
        for (TableDef table : model.tables()) {
            for (ColumnDef column : table.columns()) {
                if (column.type().name().equals(spelling)) users.add(table.name() + "." + column.name());
            }
        }
        return users;
    }

    private static DomainDef find(Step step, QualifiedName name) {
        return step.model.domain(name).orElseThrow(() -> step.fail("domain " + name + " does not exist"));
    }
}
