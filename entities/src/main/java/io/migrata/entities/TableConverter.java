package io.migrata.entities;

import io.migrata.entities.sql.ImplicitNames;
import io.migrata.entities.sql.CheckColumns;
import io.migrata.entities.sql.PgIdentifiers;
import io.migrata.schema.CheckDef;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.Deferrability;
import io.migrata.schema.EnumTypeDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.IdentityDef;
import io.migrata.schema.Identifiers;
import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SequenceOptions;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;
import io.migrata.schema.UniqueDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.CheckConstraint;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

/**
 * One Hibernate table → {@link TableDef}, replaying what PostgreSQL does with Hibernate's
 * {@code create table}: inline unique columns and unnamed unique constraints become
 * {@code <table>_<columns>_key}, the primary key {@code <table>_pkey}, unnamed checks
 * {@code <table>_<column>_check}; types are spelled as the catalog prints them. Expressions
 * (defaults, checks, generated columns, index expressions) are kept as written: only PostgreSQL
 * knows how it will store them, so the workflow has a scratch database spell them.
 */
final class TableConverter {

    private final Metadata metadata;
    private final Dialect dialect;
    private final String defaultSchema;
    private final ImplicitNames names;
    private final PgAnnotations annotations;
    private final Function<Table, String> schemaOf;

    TableConverter(Metadata metadata, Dialect dialect, String defaultSchema, ImplicitNames names, PgAnnotations annotations,
                   Function<Table, String> schemaOf) {
        this.metadata = metadata;
        this.dialect = dialect;
        this.defaultSchema = defaultSchema;
        this.names = names;
        this.annotations = annotations;
        this.schemaOf = schemaOf;
    }

    TableDef convert(Table table) {
        String schema = schemaOf.apply(table);
        String tableName = ModelConverter.fold(table.getNameIdentifier());
        QualifiedName qualified = QualifiedName.of(schema, tableName);
        Map<String, String> types = new HashMap<>();
        List<ColumnDef> columns = new ArrayList<>();
        for (Column column : table.getColumns()) {
            EnumTypeDef nativeEnum = annotations.enumOf(table, column.getName());
            types.put(columnName(column), nativeEnum != null ? nativeEnum.asType().spelling() : type(column, qualified));
        }
        for (Column column : table.getColumns()) {
            String name = columnName(column);
            if (column.isIdentity()) names.identitySequence(schema, tableName, name);
            columns.add(column(table, column, name, types));
        }
        names.relation(schema, tableName);
        List<CheckDef> checks = checks(table, qualified, types);
        List<UniqueAndName> indexBacked = indexBackedConstraints(table);
        PrimaryKeyDef primaryKey = null;
        if (table.hasPrimaryKey() && !table.getPrimaryKey().getColumns().isEmpty()) {
            primaryKey = new PrimaryKeyDef(names.primaryKey(schema, tableName),
                    table.getPrimaryKey().getColumns().stream().map(TableConverter::columnName).toList());
        }
        List<UniqueDef> uniques = new ArrayList<>();
        for (UniqueAndName unique : indexBacked) {
            String name = unique.name() != null ? unique.name() : names.unique(schema, tableName, unique.columns());
            if (unique.name() != null) {
                names.relation(schema, name);
                names.constraint(schema, name);
            }
            uniques.add(UniqueDef.of(name, unique.columns()));
        }
        return new TableDef(qualified, columns, primaryKey, uniques, checks, foreignKeys(table),
                indexes(table), table.getComment());
    }

    private ColumnDef column(Table table, Column column, String name, Map<String, String> types) {
        String type = types.get(name);
        boolean identity = column.isIdentity();
        boolean nullable = column.isNullable() && !table.isPrimaryKey(column) && !identity;
        String defaultValue = column.getDefaultValue();
        IdentityDef identityDef = identity
                ? new IdentityDef(IdentityDef.Generation.BY_DEFAULT, SequenceOptions.defaultsFor(SqlType.of(type)))
                : null;
        return new ColumnDef(name, SqlType.of(type), nullable, identity ? null : defaultValue, identityDef,
                column.getGeneratedAs(),
                column.getCollation() == null ? null : Identifiers.quote(column.getCollation()), column.getComment());
    }

    /** The column's DDL type; a {@code columnDefinition} may carry NOT NULL or DEFAULT, which are not the type. */
    private String type(Column column, QualifiedName table) {
        String written = column.getSqlType(metadata);
        String lower = written.toLowerCase(Locale.ROOT);
        for (String clause : List.of(" not null", " null", " default ", " unique", " primary key", " check", " generated ")) {
            int at = lower.indexOf(clause);
            if (at > 0) {
                throw new EntityModelException("column " + table + "." + column.getName() + " has columnDefinition '"
                        + written + "': state only the type there and use nullable, @ColumnDefault or @Check for the rest");
            }
        }
        return SqlType.ofWritten(written, defaultSchema).spelling();
    }

    /** Checks in the order PostgreSQL names them: column checks in column order, then table checks. */
    private List<CheckDef> checks(Table table, QualifiedName qualified, Map<String, String> types) {
        List<CheckDef> checks = new ArrayList<>();
        List<CheckConstraint> hoisted = new ArrayList<>();
        for (Column column : table.getColumns()) {
            List<CheckConstraint> own = annotations.enumOf(table, column.getName()) == null
                    ? column.getCheckConstraints()
                    : column.getCheckConstraints().stream().filter(CheckConstraint::isNamed).toList();
            List<String> anonymous = own.stream().filter(CheckConstraint::isAnonymous)
                    .map(CheckConstraint::getConstraintInParens).toList();
            boolean inlineNamed = anonymous.isEmpty() && HibernateLines.supportsNamedColumnCheck(dialect);
            if (!anonymous.isEmpty()) {
                String expression = String.join(" and ", anonymous);
                checks.add(unnamedCheck(expression, qualified, types));
            }
            for (CheckConstraint named : own.stream().filter(CheckConstraint::isNamed).toList()) {
                if (inlineNamed) {
                    checks.add(namedCheck(named, qualified));
                    inlineNamed = false;
                } else {
                    hoisted.add(named);
                }
            }
        }
        for (CheckConstraint named : hoisted) checks.add(namedCheck(named, qualified));
        for (CheckConstraint check : table.getChecks()) {
            checks.add(check.isNamed()
                    ? namedCheck(check, qualified)
                    : unnamedCheck(check.getConstraint(), qualified, types));
        }
        return checks;
    }

    private CheckDef namedCheck(CheckConstraint check, QualifiedName table) {
        String name = PgIdentifiers.fold(check.getName());
        names.constraint(table.schema(), name);
        return new CheckDef(name, check.getConstraint());
    }

    /** PostgreSQL names a check after its column when the expression reads exactly one column. */
    private CheckDef unnamedCheck(String expression, QualifiedName table, Map<String, String> types) {
        List<String> read = CheckColumns.read(expression, types.keySet());
        String column = read.size() == 1 ? read.get(0) : null;
        return new CheckDef(names.check(table.schema(), table.name(), column), expression);
    }

    private record UniqueAndName(List<String> columns, String name) {
    }

    /**
     * The unique constraints of {@code create table} in PostgreSQL's order: unique columns inline,
     * then the table's multi-column (or explicitly named) unique keys. One on the primary key's
     * columns, or on columns an earlier one covers, is not created again.
     */
    private List<UniqueAndName> indexBackedConstraints(Table table) {
        List<UniqueAndName> found = new ArrayList<>();
        for (Column column : table.getColumns()) {
            if (column.isUnique() && !table.isPrimaryKey(column)) found.add(new UniqueAndName(List.of(columnName(column)), null));
        }
        for (UniqueKey key : table.getUniqueKeys().values()) {
            if (isSingleColumnUnique(table, key)) continue;
            String name = key.isNameExplicit() ? PgIdentifiers.fold(key.getName()) : null;
            found.add(new UniqueAndName(key.getColumns().stream().map(TableConverter::columnName).toList(), name));
        }
        List<String> primaryKey = table.hasPrimaryKey()
                ? table.getPrimaryKey().getColumns().stream().map(TableConverter::columnName).toList()
                : List.of();
        List<UniqueAndName> kept = new ArrayList<>();
        for (UniqueAndName unique : found) {
            if (unique.columns().equals(primaryKey)) continue;
            int prior = -1;
            for (int i = 0; i < kept.size(); i++) if (kept.get(i).columns().equals(unique.columns())) prior = i;
            if (prior < 0) {
                kept.add(unique);
            } else if (kept.get(prior).name() == null && unique.name() != null) {
                kept.set(prior, unique);
            }
        }
        return kept;
    }

    /** Hibernate's own test for a unique key it already wrote as an inline {@code unique} column. */
    private static boolean isSingleColumnUnique(Table table, UniqueKey key) {
        if (key.getColumns().size() != 1) return false;
        Column column = key.getColumn(0);
        if (column.isUnique()) return true;
        Column own = table.getColumn(column);
        return own != null && own.isUnique();
    }

    private List<ForeignKeyDef> foreignKeys(Table table) {
        List<ForeignKeyDef> foreignKeys = new ArrayList<>();
        for (ForeignKey key : HibernateLines.foreignKeys(table)) {
            if (!key.isCreationEnabled() || !key.isPhysicalConstraint()) continue;
            if (key.getKeyDefinition() != null) {
                throw new EntityModelException("foreign key " + key.getName() + " on table " + table.getName()
                        + " uses foreignKeyDefinition, which Migrata cannot read; map it with columns instead");
            }
            Table target = key.getReferencedTable();
            List<Column> targetColumns = key.isReferenceToPrimaryKey()
                    ? target.getPrimaryKey().getColumns()
                    : key.getReferencedColumns();
            String name = ModelConverter.fold(metadata.getDatabase().getJdbcEnvironment().getIdentifierHelper()
                    .toIdentifier(key.getName()));
            QualifiedName targetName = QualifiedName.of(schemaOf.apply(target), ModelConverter.fold(target.getNameIdentifier()));
            foreignKeys.add(new ForeignKeyDef(name,
                    key.getColumns().stream().map(TableConverter::columnName).toList(),
                    targetName,
                    targetColumns.stream().map(TableConverter::columnName).toList(),
                    action(key.getOnDeleteAction()), ForeignKeyDef.Action.NO_ACTION, false, Deferrability.NOT_DEFERRABLE));
        }
        return foreignKeys;
    }

    private static ForeignKeyDef.Action action(OnDeleteAction action) {
        if (action == null) return ForeignKeyDef.Action.NO_ACTION;
        return switch (action) {
            case CASCADE -> ForeignKeyDef.Action.CASCADE;
            case SET_NULL -> ForeignKeyDef.Action.SET_NULL;
            case SET_DEFAULT -> ForeignKeyDef.Action.SET_DEFAULT;
            case RESTRICT -> ForeignKeyDef.Action.RESTRICT;
            default -> ForeignKeyDef.Action.NO_ACTION;
        };
    }

    private List<IndexDef> indexes(Table table) {
        List<IndexDef> indexes = new ArrayList<>();
        for (Index index : table.getIndexes().values()) {
            List<IndexKey> keys = new ArrayList<>();
            Map<Selectable, String> order = index.getSelectableOrderMap();
            for (Selectable selectable : index.getSelectables()) {
                IndexKey key = selectable instanceof Column column
                        ? IndexKey.column(columnName(column))
                        : IndexKey.expression(selectable.getText(dialect));
                String direction = order.get(selectable);
                keys.add(direction != null && direction.trim().equalsIgnoreCase("desc") ? key.desc() : key);
            }
            indexes.add(new IndexDef(PgIdentifiers.fold(index.getName()), keys, index.isUnique(), false, "btree",
                    List.of(), null));
        }
        return indexes;
    }

    static String columnName(Column column) {
        try {
            return PgIdentifiers.fold(column.getName(), column.isQuoted());
        } catch (IllegalArgumentException e) {
            throw new EntityModelException("column " + column.getName() + ": " + e.getMessage());
        }
    }
}
