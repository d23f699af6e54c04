package io.migrata.introspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@link PostgresIntrospector} reads.
 *
 * <pre>{@code
 * IntrospectionOptions options = IntrospectionOptions.schemas("public", "billing").excluding("tmp_*");
 * }</pre>
 *
 * @param schemas              the schemas to read; empty means every user schema (all but
 *                             {@code pg_catalog}, {@code information_schema}, {@code pg_toast*},
 *                             {@code pg_temp*} and schemas that belong to an extension)
 * @param excludeTables        glob patterns ({@code *} any run of characters, {@code ?} one
 *                             character) naming tables and views to leave out: a pattern with a dot
 *                             matches {@code schema.name}, one without matches the bare name
 * @param includeVersionTables whether Migrata's own {@code migrata_version} and
 *                             {@code migrata_history} tables are read (they are left out by default)
 * @param includeOtherToolTables whether the history tables of Flyway, Liquibase and Alembic
 *                             ({@link HistoryTableLayout}) are read (they are left out by default)
 */
public record IntrospectionOptions(List<String> schemas, List<String> excludeTables, boolean includeVersionTables,
                                   boolean includeOtherToolTables) {

    public IntrospectionOptions {
        schemas = List.copyOf(Objects.requireNonNull(schemas, "schemas"));
        excludeTables = List.copyOf(Objects.requireNonNull(excludeTables, "excludeTables"));
        for (String schema : schemas) {
            if (schema.isEmpty()) throw new IllegalArgumentException("schema name is empty");
        }
        for (String pattern : excludeTables) {
            if (pattern.isEmpty()) throw new IllegalArgumentException("exclude pattern is empty");
        }
    }

    /** Other tools' history tables left out. */
    public IntrospectionOptions(List<String> schemas, List<String> excludeTables, boolean includeVersionTables) {
        this(schemas, excludeTables, includeVersionTables, false);
    }

    /** These schemas, names as PostgreSQL stores them (case-sensitive, no quotes). */
    public static IntrospectionOptions schemas(String... schemas) {
        return new IntrospectionOptions(List.of(schemas), List.of(), false);
    }

    /** Every user schema in the database. */
    public static IntrospectionOptions allSchemas() {
        return new IntrospectionOptions(List.of(), List.of(), false);
    }

    /** The same options, also leaving out the tables and views these glob patterns match. */
    public IntrospectionOptions excluding(String... patterns) {
        List<String> all = new ArrayList<>(excludeTables);
        all.addAll(List.of(patterns));
        return new IntrospectionOptions(schemas, all, includeVersionTables, includeOtherToolTables);
    }

    /** The same options, reading Migrata's version tables too. */
    public IntrospectionOptions withVersionTables() {
        return new IntrospectionOptions(schemas, excludeTables, true, includeOtherToolTables);
    }

    /** The same options, reading other tools' history tables too (to find them: {@link HistoryTableLayout#in}). */
    public IntrospectionOptions withOtherToolTables() {
        return new IntrospectionOptions(schemas, excludeTables, includeVersionTables, true);
    }
}
