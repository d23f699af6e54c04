package io.migrata.schema;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The state of a database's schemas, as both readers see it: the introspector from a live
 * database, the entity reader from the JPA model. Every list is sorted by qualified name, so two
 * models of the same schema are {@code equals} and print the same.
 *
 * <pre>{@code
 * SchemaModel model = new PostgresIntrospector(connection).read(IntrospectionOptions.schemas("public"));
 * model.table(QualifiedName.of("public", "users")).ifPresent(t -> System.out.println(t.columns()));
 * }</pre>
 *
 * @param schemas    the schemas this model covers (created by a migration when missing)
 * @param extensions the extensions installed into those schemas
 * @param functions  functions and procedures, overloads apart ({@link FunctionDef#signature()})
 * @param triggers   triggers on the model's tables and views
 * @param domains    domain types
 * @param schemaComments the comments on the schemas the model covers, by schema
 * @param rowSecurity the tables whose row-level security is enabled or forced
 * @param policies   row-level security policies, by table and name
 * @param grants     privileges granted on tables, views, columns, sequences, schemas and functions to roles other than their
 *                   owner, and default privileges
 * @param aggregates aggregates, by {@link AggregateDef#signature()}
 */
public record SchemaModel(
        List<String> schemas,
        List<TableDef> tables,
        List<EnumTypeDef> enums,
        List<SequenceDef> sequences,
        List<ViewDef> views,
        List<ExtensionDef> extensions,
        List<FunctionDef> functions,
        List<TriggerDef> triggers,
        List<DomainDef> domains,
        Map<String, String> schemaComments,
        List<RowSecurityDef> rowSecurity,
        List<PolicyDef> policies,
        List<GrantDef> grants,
        List<AggregateDef> aggregates) {

    public SchemaModel {
        schemas = Names.sortedUnique(schemas, Function.identity(), () -> "schema");
        tables = Names.sortedUnique(tables, TableDef::name, () -> "table");
        enums = Names.sortedUnique(enums, EnumTypeDef::name, () -> "enum type");
        sequences = Names.sortedUnique(sequences, SequenceDef::name, () -> "sequence");
        views = Names.sortedUnique(views, ViewDef::name, () -> "view");
        extensions = Names.sortedUnique(extensions, ExtensionDef::name, () -> "extension");
        functions = Names.sortedUnique(functions, FunctionDef::signature, () -> "function");
        triggers = Names.sortedUnique(triggers, t -> t.table() + " " + t.name(), () -> "trigger");
        domains = Names.sortedUnique(domains, DomainDef::name, () -> "domain");
        // A comment goes with its schema, as PostgreSQL drops it with the schema.
        Map<String, String> comments = new TreeMap<>();
        for (Map.Entry<String, String> comment : schemaComments.entrySet()) {
            if (schemas.contains(comment.getKey()) && comment.getValue() != null) comments.put(comment.getKey(), comment.getValue());
        }
        schemaComments = Collections.unmodifiableMap(comments);
        rowSecurity = Names.sortedUnique(rowSecurity, RowSecurityDef::table, () -> "row security");
        policies = Names.sortedUnique(policies, p -> p.table() + " " + p.name(), () -> "policy");
        grants = Names.sortedUnique(grants, GrantDef::key, () -> "grant");
        aggregates = Names.sortedUnique(aggregates, AggregateDef::signature, () -> "aggregate");
    }

    /** A model without domains, schema comments, row-level security, policies, grants and aggregates. */
    public SchemaModel(List<String> schemas, List<TableDef> tables, List<EnumTypeDef> enums, List<SequenceDef> sequences,
                       List<ViewDef> views, List<ExtensionDef> extensions, List<FunctionDef> functions, List<TriggerDef> triggers) {
        this(schemas, tables, enums, sequences, views, extensions, functions, triggers,
                List.of(), Map.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** A model of tables, types, sequences and views only: what the entities can say. */
    public SchemaModel(List<String> schemas, List<TableDef> tables, List<EnumTypeDef> enums,
                       List<SequenceDef> sequences, List<ViewDef> views) {
        this(schemas, tables, enums, sequences, views, List.of(), List.of(), List.of());
    }

    public static SchemaModel empty() {
        return new SchemaModel(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), Map.of(), List.of(), List.of(), List.of(), List.of());
    }

    public Optional<TableDef> table(QualifiedName name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<EnumTypeDef> enumType(QualifiedName name) {
        return enums.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public Optional<SequenceDef> sequence(QualifiedName name) {
        return sequences.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public Optional<ViewDef> view(QualifiedName name) {
        return views.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    public Optional<ExtensionDef> extension(String name) {
        return extensions.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** The function or procedure with this {@link FunctionDef#signature()}. */
    public Optional<FunctionDef> function(String signature) {
        return functions.stream().filter(f -> f.signature().equals(signature)).findFirst();
    }

    public Optional<TriggerDef> trigger(QualifiedName table, String name) {
        return triggers.stream().filter(t -> t.table().equals(table) && t.name().equals(name)).findFirst();
    }

    public SchemaModel withSchemas(List<String> newSchemas) {
        return new SchemaModel(newSchemas, tables, enums, sequences, views, extensions, functions, triggers, domains, schemaComments, rowSecurity, policies, grants, aggregates);
    }

    public SchemaModel withTables(List<TableDef> newTables) {
        return new SchemaModel(schemas, newTables, enums, sequences, views, extensions, functions, triggers, domains, schemaComments, rowSecurity, policies, grants, aggregates);
    }

    public SchemaModel withEnums(List<EnumTypeDef> newEnums) {
        return new SchemaModel(schemas, tables, newEnums, sequences, views, extensions, functions, triggers, domains, schemaComments, rowSecurity, policies, grants, aggregates);
    }

    public SchemaModel withSequences(List<SequenceDef> newSequences) {
        return new SchemaModel(schemas, tables, enums, newSequences, views, extensions, functions, triggers, domains, schemaComments, rowSecurity, policies, grants, aggregates);
    }

    public SchemaModel withViews(List<ViewDef> newViews) {
        return new SchemaModel(schemas, tables, enums, sequences, newViews, extensions, functions, triggers, domains, schemaComments, rowSecurity, policies, grants, aggregates);
    }

    public SchemaModel withExtensions(List<ExtensionDef> newExtensions) {
        return new SchemaModel(schemas, tables, enums, sequences, views, newExtensions, functions, triggers, domains, schemaComments, rowSecurity, policies, grants, aggregates);
    }

    public SchemaModel withFunctions(List<FunctionDef> newFunctions) {
        return new SchemaModel(schemas, tables, enums, sequences, views, extensions, newFunctions, triggers, domains, schemaComments, rowSecurity, policies, grants, aggregates);
    }

    public SchemaModel withTriggers(List<TriggerDef> newTriggers) {
        return new SchemaModel(schemas, tables, enums, sequences, views, extensions, functions, newTriggers, domains, schemaComments, rowSecurity, policies, grants, aggregates);
    }

    public SchemaModel withDomains(List<DomainDef> newDomains) {
        return new SchemaModel(schemas, tables, enums, sequences, views, extensions, functions, triggers, newDomains, schemaComments,
                rowSecurity, policies, grants, aggregates);
    }

    public SchemaModel withSchemaComments(Map<String, String> newComments) {
        return new SchemaModel(schemas, tables, enums, sequences, views, extensions, functions, triggers, domains, newComments,
                rowSecurity, policies, grants, aggregates);
    }

    public SchemaModel withRowSecurity(List<RowSecurityDef> newRowSecurity) {
        return new SchemaModel(schemas, tables, enums, sequences, views, extensions, functions, triggers, domains, schemaComments,
                newRowSecurity, policies, grants, aggregates);
    }

    public SchemaModel withPolicies(List<PolicyDef> newPolicies) {
        return new SchemaModel(schemas, tables, enums, sequences, views, extensions, functions, triggers, domains, schemaComments,
                rowSecurity, newPolicies, grants, aggregates);
    }

    public SchemaModel withGrants(List<GrantDef> newGrants) {
        return new SchemaModel(schemas, tables, enums, sequences, views, extensions, functions, triggers, domains, schemaComments,
                rowSecurity, policies, newGrants, aggregates);
    }

    public SchemaModel withAggregates(List<AggregateDef> newAggregates) {
        return new SchemaModel(schemas, tables, enums, sequences, views, extensions, functions, triggers, domains, schemaComments,
                rowSecurity, policies, grants, newAggregates);
    }

    /** The aggregate with this {@link AggregateDef#signature()}. */
    public Optional<AggregateDef> aggregate(String signature) {
        return aggregates.stream().filter(a -> a.signature().equals(signature)).findFirst();
    }

    public Optional<DomainDef> domain(QualifiedName name) {
        return domains.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** The comment on the schema, or null. */
    public String schemaComment(String schema) {
        return schemaComments.get(schema);
    }

    /** The table's row-level security, {@link RowSecurity#OFF} when it is not listed. */
    public RowSecurity rowSecurity(QualifiedName table) {
        return rowSecurity.stream().filter(r -> r.table().equals(table)).map(RowSecurityDef::mode).findFirst().orElse(RowSecurity.OFF);
    }

    public Optional<PolicyDef> policy(QualifiedName table, String name) {
        return policies.stream().filter(p -> p.table().equals(table) && p.name().equals(name)).findFirst();
    }

    public Optional<GrantDef> grant(String key) {
        return grants.stream().filter(g -> g.key().equals(key)).findFirst();
    }

    /**
     * Whether the table, view, column, sequence, schema or function the grant is on is in this
     * model; a default privilege needs its schema only, when it is limited to one.
     */
    /** Whether the table has the column; a partition has its parent's. */
    public boolean hasColumn(TableDef table, String column) {
        if (!table.isPartition()) return table.column(column).isPresent();
        return table(table.partitionOf().parent()).map(parent -> hasColumn(parent, column)).orElse(false);
    }

    public boolean holdsObjectOf(GrantDef grant) {
        return switch (grant.kind()) {
            case TABLE -> table(grant.relation()).isPresent() || view(grant.relation()).isPresent();
            case COLUMN -> table(grant.relation()).map(t -> hasColumn(t, grant.column())).orElse(false)
                    || view(grant.relation()).isPresent();
            case SEQUENCE -> sequence(grant.relation()).isPresent();
            case SCHEMA -> schemas.contains(grant.schema());
            case FUNCTION -> function(grant.object()).isPresent();
            case AGGREGATE -> aggregate(grant.object()).isPresent();
            case DEFAULT_TABLES, DEFAULT_SEQUENCES, DEFAULT_FUNCTIONS, DEFAULT_TYPES, DEFAULT_SCHEMAS ->
                    grant.schema() == null || schemas.contains(grant.schema());
        };
    }
}
