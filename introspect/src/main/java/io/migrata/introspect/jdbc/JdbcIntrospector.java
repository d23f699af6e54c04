package io.migrata.introspect.jdbc;

import io.migrata.introspect.HistoryTableLayout;
import io.migrata.introspect.IntrospectionOptions;
import io.migrata.introspect.TableFilter;
import io.migrata.introspect.UnknownSchemaException;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import schemacrawler.inclusionrule.InclusionRule;
import schemacrawler.schema.Catalog;
import schemacrawler.schema.Column;
import schemacrawler.schema.Table;
import schemacrawler.schemacrawler.LimitOptionsBuilder;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevel;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;
import schemacrawler.schemacrawler.SchemaRetrievalOptions;
import schemacrawler.schemacrawler.SchemaRetrievalOptionsBuilder;
import schemacrawler.schemacrawler.exceptions.SchemaCrawlerException;
import schemacrawler.tools.options.ConfigUtility;
import schemacrawler.tools.utility.SchemaCrawlerUtility;
import us.fatehi.utility.datasource.DatabaseConnectionSources;

/**
 * Reads the tables of any JDBC database into a {@link SchemaModel} through standard
 * {@link DatabaseMetaData} calls (SchemaCrawler in its generic mode): for databases that have no
 * native Migrata reader, and as an independent check of the PostgreSQL reader. It reads columns
 * (name, type, nullability, default, generated expression, comment), primary keys, foreign keys
 * and indexes, and table comments; docs/introspection-jdbc.md lists what it cannot know.
 *
 * <pre>{@code
 * try (Connection connection = DriverManager.getConnection(url, user, password)) {
 *     SchemaModel model = new JdbcIntrospector(connection).read(IntrospectionOptions.schemas("public"));
 * }
 * }</pre>
 *
 * <p>On PostgreSQL, types are respelled the way {@code format_type()} prints them (see
 * {@link PostgresTypeSpelling}); other databases keep the type names their driver reports. The
 * connection is left open, in the state it was given.
 */
public final class JdbcIntrospector {

    // SchemaCrawler logs every retrieval step at INFO, which would bury a command's own output.
    // Held in fields: java.util.logging keeps loggers weakly, and a collected logger forgets its level.
    private static final List<Logger> QUIETED = List.of(Logger.getLogger("schemacrawler"), Logger.getLogger("us.fatehi"));

    static {
        QUIETED.forEach(logger -> logger.setLevel(Level.WARNING));
    }

    private final Connection connection;

    public JdbcIntrospector(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    /**
     * The tables of the schemas the options name (all non-system schemas when they name none),
     * less the excluded ones.
     *
     * @throws UnknownSchemaException a schema in {@code options} does not exist
     */
    public SchemaModel read(IntrospectionOptions options) throws SQLException {
        Objects.requireNonNull(options, "options");
        DatabaseMetaData metaData = connection.getMetaData();
        boolean postgres = "PostgreSQL".equals(metaData.getDatabaseProductName());
        String quote = metaData.getIdentifierQuoteString().trim();
        Catalog catalog = postgres ? withCatalogSearchPath(() -> crawl(options, quote)) : crawl(options, quote);

        Function<Column, SqlType> typeSpelling = postgres
                ? column -> PostgresTypeSpelling.of(column.getColumnDataType().getName(), column.getSize(),
                        column.getDecimalDigits())
                : JdbcIntrospector::reportedType;
        List<String> found = catalog.getSchemas().stream().map(TableMapper::schemaName).toList();
        List<String> missing = options.schemas().stream().filter(name -> !found.contains(name)).distinct().toList();
        if (!missing.isEmpty()) throw new UnknownSchemaException(missing, userSchemas(metaData));

        TableMapper mapper = new TableMapper(typeSpelling);
        ForeignKeyReader foreignKeys = new ForeignKeyReader(metaData);
        TableFilter filter = TableFilter.of(options);
        List<TableDef> tables = new ArrayList<>();
        for (Table table : catalog.getTables()) {
            if (filter.excludes(TableMapper.nameOf(table))) continue;
            TableDef mapped = mapper.map(table, foreignKeys.read(table));
            if (options.includeOtherToolTables() || HistoryTableLayout.of(mapped).isEmpty()) tables.add(mapped);
        }
        List<String> schemas = options.schemas().isEmpty()
                ? found.stream().filter(name -> !isSystemSchema(name)).toList()
                : options.schemas().stream().distinct().toList();
        return SchemaModel.empty().withSchemas(schemas).withTables(tables);
    }

    private Catalog crawl(IntrospectionOptions options, String quote) throws SQLException {
        Set<String> wanted = Set.copyOf(options.schemas());
        // SchemaCrawler tests a schema's full name, quoted where the database would need it ("Billing Ops").
        InclusionRule schemaRule = fullName -> {
            String name = unquote(fullName, quote);
            return wanted.isEmpty() ? !isSystemSchema(name) : wanted.contains(name);
        };
        SchemaInfoLevel infoLevel = SchemaInfoLevelBuilder.builder()
                .setRetrieveTables(true)
                .setRetrieveTableColumns(true)
                .setRetrievePrimaryKeys(true)
                .setRetrieveIndexes(true)
                .toOptions();
        SchemaCrawlerOptions crawlerOptions = SchemaCrawlerOptionsBuilder.newSchemaCrawlerOptions()
                .withLoadOptions(LoadOptionsBuilder.builder().withSchemaInfoLevel(infoLevel).toOptions())
                .withLimitOptions(LimitOptionsBuilder.builder().includeSchemas(schemaRule).tableTypes("TABLE").toOptions());
        // Built from the connection alone, so no database plugin is consulted: the 17.x core refuses
        // PostgreSQL otherwise, asking for a plugin that only exists for 16.x.
        SchemaRetrievalOptions retrievalOptions = SchemaRetrievalOptionsBuilder.builder().fromConnnection(connection).toOptions();
        try {
            return SchemaCrawlerUtility.getCatalog(DatabaseConnectionSources.fromConnection(connection), retrievalOptions,
                    crawlerOptions, ConfigUtility.newConfig());
        } catch (SchemaCrawlerException e) {
            if (e.getCause() instanceof SQLException cause) throw cause;
            throw new SQLException("could not read the database's metadata: " + e.getMessage(), e);
        }
    }

    private interface Crawl {
        Catalog run() throws SQLException;
    }

    // The driver prints defaults with pg_get_expr(), which qualifies names by the session's search
    // path; the model's canonical text is the one printed with only pg_catalog on it.
    private Catalog withCatalogSearchPath(Crawl crawl) throws SQLException {
        String original = setSearchPath("pg_catalog");
        Catalog catalog;
        try {
            catalog = crawl.run();
        } catch (SQLException | RuntimeException e) {
            try {
                setSearchPath(original);
            } catch (SQLException restoreFailure) {
                e.addSuppressed(restoreFailure);
            }
            throw e;
        }
        setSearchPath(original);
        return catalog;
    }

    /** Sets the session's search path and returns the one it replaced. */
    private String setSearchPath(String searchPath) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT current_setting('search_path'), set_config('search_path', ?, false)")) {
            statement.setString(1, searchPath);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    /** The type as the driver names it, with the length or precision and scale it declares. */
    private static SqlType reportedType(Column column) {
        return SqlType.of(column.getColumnDataType().getName() + column.getWidth().replace(" ", ""));
    }

    /** The database's schemas (catalogs, where it has no schemas), for the message naming a missing one. */
    private static List<String> userSchemas(DatabaseMetaData metaData) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet schemas = metaData.getSchemas()) {
            while (schemas.next()) names.add(schemas.getString("TABLE_SCHEM"));
        }
        if (names.isEmpty()) {
            try (ResultSet catalogs = metaData.getCatalogs()) {
                while (catalogs.next()) names.add(catalogs.getString("TABLE_CAT"));
            }
        }
        return names.stream().filter(name -> !isSystemSchema(name)).sorted().toList();
    }

    static String unquote(String name, String quote) {
        if (quote.isEmpty() || name.length() < 2 * quote.length() || !name.startsWith(quote) || !name.endsWith(quote)) {
            return name;
        }
        return name.substring(quote.length(), name.length() - quote.length()).replace(quote + quote, quote);
    }

    // PostgreSQL's catalogs and toast/temp schemas, and MariaDB's/MySQL's and SQL Server's own.
    private static boolean isSystemSchema(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("information_schema") || lower.startsWith("pg_")
                || lower.equals("mysql") || lower.equals("performance_schema") || lower.equals("sys");
    }
}
