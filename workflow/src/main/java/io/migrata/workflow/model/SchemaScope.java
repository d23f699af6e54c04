package io.migrata.workflow.model;

import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The schemas a comparison covers, and how the two models are made comparable.
 *
 * <ul>
 *   <li>Configured schemas ({@code --schema}, {@code migrata.schemas}) are compared, and nothing else.</li>
 *   <li>Otherwise, when one side is the entities, the schemas the entities use: tables in other
 *       schemas belong to someone else, and a diff should not offer to drop them.</li>
 *   <li>Otherwise (database against database or migrations) every user schema.</li>
 * </ul>
 *
 * <p>The entities cannot say that a schema, view, extension, function, aggregate, trigger, domain, schema
 * comment, policy, row-level security or grant should not exist (JPA maps none of them), so those
 * the other side has are taken as wanted on the entities' side too; with schema SQL files they can,
 * for all but schemas, and their own are compared.
 * Nor can they name partitions: the other side's partitions of an entity table (and theirs, down the
 * tree) are wanted, and so is its partition key when the entity has no {@code @PgPartitionBy}; so
 * too with schema SQL files, so that no partition and its rows are dropped for want of a declaration.
 *
 * <pre>{@code
 * Comparison pair = SchemaScope.of(configuredSchemas).prepare(database, entities);
 * DiffResult result = SchemaDiff.between(pair.from().model(), pair.to().model(), options);
 * }</pre>
 *
 * @param schemas the schemas compared; empty means every schema either side has
 */
public record SchemaScope(Set<String> schemas) {

    public SchemaScope {
        schemas = Set.copyOf(schemas);
    }

    public static SchemaScope of(List<String> configured) {
        return new SchemaScope(new TreeSet<>(configured));
    }

    /** Both models restricted to the scope, with what the entities cannot say taken from the other side. */
    public Comparison prepare(LoadedModel from, LoadedModel to) {
        Set<String> scope = schemas;
        if (scope.isEmpty() && (from.fromEntities() || to.fromEntities())) {
            scope = new TreeSet<>((from.fromEntities() ? from : to).model().schemas());
        }
        SchemaModel fromModel = restrict(from.model(), scope);
        SchemaModel toModel = restrict(to.model(), scope);
        if (to.fromEntities() && !from.fromEntities()) toModel = completeEntities(toModel, fromModel, to.declaresAll());
        if (from.fromEntities() && !to.fromEntities()) fromModel = completeEntities(fromModel, toModel, from.declaresAll());
        return new Comparison(restrict(from, scope).withModel(fromModel), restrict(to, scope).withModel(toModel));
    }

    /** Database-wide objects (event triggers, publications) are in every scope. */
    private static LoadedModel restrict(LoadedModel loaded, Set<String> scope) {
        if (scope.isEmpty()) return loaded;
        return loaded.withUnmodeled(loaded.unmodeled().stream().filter(o -> o.schema() == null || scope.contains(o.schema())).toList());
    }

    private static SchemaModel restrict(SchemaModel model, Set<String> scope) {
        if (scope.isEmpty()) return model;
        return new SchemaModel(
                model.schemas().stream().filter(scope::contains).toList(),
                model.tables().stream().filter(t -> scope.contains(t.name().schema())).toList(),
                model.enums().stream().filter(e -> scope.contains(e.name().schema())).toList(),
                model.sequences().stream().filter(s -> scope.contains(s.name().schema())).toList(),
                model.views().stream().filter(v -> scope.contains(v.name().schema())).toList(),
                model.extensions().stream().filter(e -> scope.contains(e.schema())).toList(),
                model.functions().stream().filter(f -> scope.contains(f.name().schema())).toList(),
                model.triggers().stream().filter(t -> scope.contains(t.table().schema())).toList(),
                model.domains().stream().filter(d -> scope.contains(d.name().schema())).toList(),
                model.schemaComments(),
                model.rowSecurity().stream().filter(r -> scope.contains(r.table().schema())).toList(),
                model.policies().stream().filter(p -> scope.contains(p.table().schema())).toList(),
                model.grants().stream().filter(g -> g.schema() == null || scope.contains(g.schema())).toList(),
                model.aggregates().stream().filter(a -> scope.contains(a.name().schema())).toList());
    }

    /** @param declaresAll the entities come with schema SQL files, which say which views, functions, … exist */
    private static SchemaModel completeEntities(SchemaModel entities, SchemaModel other, boolean declaresAll) {
        List<String> schemas = new ArrayList<>(new TreeSet<>(entities.schemas()));
        for (String schema : other.schemas()) {
            if (!schemas.contains(schema)) schemas.add(schema);
        }
        SchemaModel partitioned = withPartitions(entities, other).withSchemas(schemas);
        if (declaresAll) return partitioned;
        SchemaModel completed = partitioned.withViews(other.views()).withExtensions(other.extensions())
                .withFunctions(other.functions()).withAggregates(other.aggregates()).withDomains(other.domains()).withSchemaComments(other.schemaComments());
        // A trigger, policy, row-level security or grant goes with a table the entities drop, as
        // PostgreSQL drops it with the table.
        return completed.withTriggers(other.triggers().stream()
                        .filter(t -> completed.table(t.table()).isPresent() || completed.view(t.table()).isPresent()).toList())
                .withRowSecurity(other.rowSecurity().stream().filter(r -> completed.table(r.table()).isPresent()).toList())
                .withPolicies(other.policies().stream().filter(p -> completed.table(p.table()).isPresent()).toList())
                .withGrants(other.grants().stream().filter(completed::holdsObjectOf).toList());
    }

    private static SchemaModel withPartitions(SchemaModel entities, SchemaModel other) {
        Map<QualifiedName, TableDef> tables = new LinkedHashMap<>();
        for (TableDef table : entities.tables()) {
            TableDef theirs = other.table(table.name()).orElse(null);
            boolean keyUnsaid = table.partitionKey() == null && theirs != null && theirs.isPartitioned();
            tables.put(table.name(), keyUnsaid ? table.withPartitionKey(theirs.partitionKey()) : table);
        }
        boolean added = true;
        while (added) {
            added = false;
            for (TableDef table : other.tables()) {
                if (table.isPartition() && !tables.containsKey(table.name()) && tables.containsKey(table.partitionOf().parent())) {
                    tables.put(table.name(), table);
                    added = true;
                }
            }
        }
        return entities.withTables(List.copyOf(tables.values()));
    }

    /** The two sides of a comparison, ready for the diff. */
    public record Comparison(LoadedModel from, LoadedModel to) {
    }
}
