package io.migrata.introspect;

import io.migrata.schema.NamePattern;
import io.migrata.schema.QualifiedName;
import java.util.List;
import java.util.Set;

/**
 * Which tables and views are left out: the exclude globs, and Migrata's own tables unless asked for.
 * Public for the generic JDBC reader, which applies the same options.
 */
public final class TableFilter {

    static final Set<String> VERSION_TABLES = Set.of("migrata_version", "migrata_history", "migrata_progress");

    private final List<NamePattern> excludes;
    private final boolean includeVersionTables;

    private TableFilter(List<NamePattern> excludes, boolean includeVersionTables) {
        this.excludes = excludes;
        this.includeVersionTables = includeVersionTables;
    }

    public static TableFilter of(IntrospectionOptions options) {
        return new TableFilter(options.excludeTables().stream().map(NamePattern::of).toList(), options.includeVersionTables());
    }

    public boolean excludes(QualifiedName relation) {
        if (!includeVersionTables && VERSION_TABLES.contains(relation.name())) return true;
        return excludes.stream().anyMatch(pattern -> pattern.matches(relation));
    }
}
