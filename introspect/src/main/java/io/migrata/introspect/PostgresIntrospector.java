package io.migrata.introspect;

import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a live PostgreSQL database (13 or later) into a {@link SchemaModel}: tables with columns,
 * constraints and indexes, partitioned tables and their partitions, enum types, sequences, views
 * and materialized views (with their indexes), comments, extensions, functions and procedures,
 * aggregates, triggers, domains, comments on schemas, row-level security and policies, and grants;
 * Migrata's own version tables and other migration tools' history tables ({@link HistoryTableLayout})
 * are left out unless the options ask for them.
 * A fixed handful of bulk {@code pg_catalog} queries covers all selected schemas at once, however
 * many tables there are, inside one read-only REPEATABLE READ transaction (a consistent snapshot).
 * Types, defaults and expressions are spelled the way the server prints them with
 * {@code search_path = pg_catalog}, which is the model's canonical spelling.
 *
 * <pre>{@code
 * try (Connection connection = DriverManager.getConnection(url, user, password)) {
 *     SchemaModel model = new PostgresIntrospector(connection).read(IntrospectionOptions.schemas("public"));
 * }
 * }</pre>
 *
 * The connection is left as it was given (auto-commit, isolation level, search path); it must not
 * be inside an open transaction.
 */
public final class PostgresIntrospector {

    private final Connection connection;

    public PostgresIntrospector(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    /**
     * @throws UnknownSchemaException a schema in {@code options} does not exist
     * @throws IllegalStateException  the connection is inside an open transaction
     */
    public SchemaModel read(IntrospectionOptions options) throws SQLException {
        Objects.requireNonNull(options, "options");
        ServerVersion version = ServerVersion.of(connection);
        try (CatalogTransaction snapshot = CatalogTransaction.begin(connection)) {
            SqlRunner sql = snapshot.sql();
            List<String> schemas = new SchemaRetriever(sql).select(options.schemas());
            TableFilter filter = TableFilter.of(options);
            List<Relation> relations = new RelationRetriever(sql).read(schemas).stream()
                    .filter(r -> !filter.excludes(r.name())).toList();
            List<Long> tables = relations.stream().filter(Relation::isTable).map(Relation::oid).toList();
            List<Long> indexed = relations.stream().filter(r -> r.kind() != Relation.Kind.VIEW).map(Relation::oid).toList();
            Map<Long, QualifiedName> relationNames = new LinkedHashMap<>();
            relations.forEach(r -> relationNames.put(r.oid(), r.name()));
            RoutineRetriever routines = new RoutineRetriever(sql);
            SchemaModel model = new ModelAssembler(
                    schemas,
                    relations,
                    new ColumnRetriever(sql).read(tables),
                    new ConstraintRetriever(sql, version).read(tables),
                    new IndexRetriever(sql, version).read(indexed),
                    new EnumRetriever(sql).read(schemas),
                    new SequenceRetriever(sql).read(schemas)).assemble()
                    .withExtensions(routines.extensions(schemas))
                    .withFunctions(routines.functions(schemas))
                    .withAggregates(new AggregateRetriever(sql).read(schemas))
                    .withTriggers(routines.triggers(relationNames))
                    .withDomains(new DomainRetriever(sql).read(schemas));
            SchemaModel kept = options.includeOtherToolTables() ? model : HistoryTableLayout.without(model);
            // A set, not kept.table(name) per relation: that is a linear search, so 1,000 tables took a million comparisons.
            Set<QualifiedName> keptTables = new HashSet<>();
            for (TableDef table : kept.tables()) keptTables.add(table.name());
            Map<Long, QualifiedName> tableNames = new LinkedHashMap<>();
            for (Relation r : relations) {
                if (r.isTable() && keptTables.contains(r.name())) tableNames.put(r.oid(), r.name());
            }
            AccessRetriever access = new AccessRetriever(sql);
            SchemaModel read = kept
                    .withSchemaComments(access.schemaComments(schemas))
                    .withRowSecurity(access.rowSecurity(tableNames))
                    .withPolicies(access.policies(tableNames));
            return read.withGrants(access.grants(schemas, read));
        }
    }

    /**
     * The objects of the selected schemas, and the database-wide ones, that {@link #read} leaves out
     * because the model has no place for them ({@link UnmodeledKind}): what a comparison cannot cover.
     *
     * @throws UnknownSchemaException a schema in {@code options} does not exist
     */
    public List<UnmodeledObject> unmodeled(IntrospectionOptions options) throws SQLException {
        Objects.requireNonNull(options, "options");
        try (CatalogTransaction snapshot = CatalogTransaction.begin(connection)) {
            List<String> schemas = new SchemaRetriever(snapshot.sql()).select(options.schemas());
            return new CatalogCensus(snapshot.sql()).read(schemas);
        }
    }
}
