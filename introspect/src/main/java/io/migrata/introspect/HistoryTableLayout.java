package io.migrata.introspect;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tables other migration tools keep their history in, recognized by their columns rather than
 * their names, since every one of these tools lets a project rename its table (Flyway's
 * {@code table}, often {@code schema_version}; Liquibase's {@code databaseChangeLogTableName};
 * Alembic's {@code version_table}). They are another tool's, never part of the application's
 * schema: the introspector leaves them out unless asked ({@link IntrospectionOptions#withOtherToolTables()}),
 * so no migration creates, alters or drops them.
 *
 * <pre>{@code
 * HistoryTableLayout.of(table).ifPresent(layout -> System.out.println(table.name() + " is " + layout.describe()));
 * }</pre>
 */
public enum HistoryTableLayout {

    /** Flyway 6 and later, and 3 to 5 with their extra {@code version_rank}. */
    FLYWAY_HISTORY("Flyway", "history table",
            Set.of("installed_rank", "version", "description", "type", "script", "checksum", "installed_by", "installed_on",
                    "execution_time", "success"),
            Set.of("version_rank")),
    LIQUIBASE_CHANGELOG("Liquibase", "change log table",
            Set.of("id", "author", "filename", "dateexecuted", "orderexecuted", "exectype", "md5sum", "description", "comments",
                    "tag", "liquibase"),
            Set.of("contexts", "labels", "deployment_id")),
    LIQUIBASE_LOCK("Liquibase", "lock table", Set.of("id", "locked", "lockgranted", "lockedby"), Set.of()),
    /** One {@code version_num} column that is the primary key, as Alembic creates it. */
    ALEMBIC_VERSION("Alembic", "version table", Set.of("version_num"), Set.of());

    private final String tool;
    private final String role;
    private final Set<String> required;
    private final Set<String> optional;

    HistoryTableLayout(String tool, String role, Set<String> required, Set<String> optional) {
        this.tool = tool;
        this.role = role;
        this.required = required;
        this.optional = optional;
    }

    /** {@code Flyway}, {@code Liquibase}, {@code Alembic}. */
    public String tool() {
        return tool;
    }

    /** {@code history table}, {@code change log table}, {@code lock table}, {@code version table}. */
    public String role() {
        return role;
    }

    /** {@code Flyway's history table}. */
    public String describe() {
        return tool + "'s " + role;
    }

    /** The layout this table has, if it is one of them; Migrata's own version tables are none. */
    public static Optional<HistoryTableLayout> of(TableDef table) {
        if (TableFilter.VERSION_TABLES.contains(table.name().name())) return Optional.empty();
        for (HistoryTableLayout layout : values()) {
            if (layout.matches(table)) return Optional.of(layout);
        }
        return Optional.empty();
    }

    /** The tables of a model that are other tools', by name. */
    public static Map<QualifiedName, HistoryTableLayout> in(SchemaModel model) {
        Map<QualifiedName, HistoryTableLayout> found = new LinkedHashMap<>();
        for (TableDef table : model.tables()) of(table).ifPresent(layout -> found.put(table.name(), layout));
        return found;
    }

    /** The model without other tools' tables and the sequences they own. */
    public static SchemaModel without(SchemaModel model) {
        Set<QualifiedName> theirs = in(model).keySet();
        if (theirs.isEmpty()) return model;
        return model.withTables(model.tables().stream().filter(table -> !theirs.contains(table.name())).toList())
                .withSequences(model.sequences().stream()
                        .filter(sequence -> sequence.ownedBy() == null || !theirs.contains(sequence.ownedBy().table()))
                        .toList());
    }

    // Asked of every table an inspect reads: most fail at their first column, with no set built.
    private boolean matches(TableDef table) {
        int present = 0;
        for (ColumnDef column : table.columns()) {
            if (required.contains(column.name())) present++;
            else if (!optional.contains(column.name())) return false;
        }
        if (present != required.size()) return false;
        if (this != ALEMBIC_VERSION) return true;
        return table.primaryKey() != null && table.primaryKey().columns().equals(List.of("version_num"))
                && table.columns().get(0).type().spelling().startsWith("character varying");
    }
}
