package io.migrata.entities;

import io.migrata.entities.sql.ImplicitNames;
import io.migrata.entities.sql.PgIdentifiers;
import io.migrata.schema.EnumTypeDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.SequenceOptions;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.AuxiliaryDatabaseObject;
import org.hibernate.boot.model.relational.InitCommand;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;
import org.hibernate.mapping.Table;

/**
 * Hibernate's relational model ({@code metadata.getDatabase()}) → {@link SchemaModel}, walked in
 * the order Hibernate's create script runs, so the names PostgreSQL would choose for unnamed
 * constraints come out as the server chooses them.
 */
final class ModelConverter {

    private static final Pattern CREATE_ENUM = Pattern.compile(
            "(?is)create\\s+type\\s+(\\S+)\\s+as\\s+enum\\s*\\((.*)\\)\\s*");
    private static final Pattern LABEL = Pattern.compile("'((?:[^']|'')*)'");

    private final Metadata metadata;
    private final Dialect dialect;
    private final SqlStringGenerationContext context;
    private final String defaultSchema;
    private final PgAnnotations annotations;

    ModelConverter(Metadata metadata, Map<String, Object> settings, List<Class<?>> mappedClasses) {
        this.metadata = metadata;
        JdbcEnvironment environment = metadata.getDatabase().getJdbcEnvironment();
        this.dialect = environment.getDialect();
        this.context = SqlStringGenerationContextImpl.fromConfigurationMap(environment, metadata.getDatabase(), settings);
        Identifier configured = context.getDefaultSchema();
        this.defaultSchema = configured == null ? "public" : fold(configured);
        this.annotations = PgAnnotations.read(metadata, mappedClasses, this::schemaOf);
    }

    SchemaModel convert() {
        ImplicitNames names = new ImplicitNames();
        TableConverter tables = new TableConverter(metadata, dialect, defaultSchema, names, annotations, this::schemaOf);
        List<TableDef> tableDefs = new ArrayList<>();
        List<SequenceDef> sequences = new ArrayList<>();
        Map<QualifiedName, EnumTypeDef> enums = new LinkedHashMap<>(hibernateEnums());
        annotations.enums().forEach(e -> enums.put(e.name(), e));
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (Sequence sequence : namespace.getSequences()) {
                String schema = sequence.getName().getSchemaName() == null ? defaultSchema : fold(sequence.getName().getSchemaName());
                String name = fold(sequence.getName().getSequenceName());
                names.relation(schema, name);
                sequences.add(sequence(QualifiedName.of(schema, name), sequence));
            }
            for (Table table : namespace.getTables()) {
                if (table.isPhysicalTable() && !table.isView()) tableDefs.add(tables.convert(table));
            }
        }
        List<TableDef> withIndexes = tableDefs.stream().map(t -> withAnnotatedIndexes(t)).toList();
        TreeSet<String> schemas = new TreeSet<>();
        withIndexes.forEach(t -> schemas.add(t.name().schema()));
        sequences.forEach(s -> schemas.add(s.name().schema()));
        enums.keySet().forEach(e -> schemas.add(e.schema()));
        return new SchemaModel(List.copyOf(schemas), withIndexes, List.copyOf(enums.values()), sequences, List.of());
    }

    /**
     * The rows Hibernate's own create script inserts after creating a table, by table: the
     * {@code @TableGenerator} tables' initial values. They are data, not schema, so they are not in
     * the model; a migration that creates such a table must insert them, or id generation fails.
     */
    Map<QualifiedName, List<String>> initialRows() {
        Map<QualifiedName, List<String>> rows = new LinkedHashMap<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (Table table : namespace.getTables()) {
                List<String> inserts = new ArrayList<>();
                for (InitCommand command : table.getInitCommands(context)) inserts.addAll(List.of(HibernateLines.initCommands(command)));
                if (!inserts.isEmpty()) rows.put(QualifiedName.of(schemaOf(table), fold(table.getNameIdentifier())), inserts);
            }
        }
        return rows;
    }

    private TableDef withAnnotatedIndexes(TableDef unannotated) {
        String partitionKey = annotations.partitionKeys().get(unannotated.name());
        TableDef table = partitionKey == null ? unannotated : unannotated.withPartitionKey(partitionKey);
        List<IndexDef> extra = annotations.indexes().getOrDefault(table.name(), List.of());
        if (extra.isEmpty()) return table;
        List<IndexDef> all = new ArrayList<>(table.indexes());
        all.addAll(extra);
        return table.withIndexes(all);
    }

    String schemaOf(Table table) {
        return table.getSchemaIdentifier() == null ? defaultSchema : fold(table.getSchemaIdentifier());
    }

    /**
     * Hibernate's pooled sequences: {@code create sequence s start with N increment by M}, every other
     * option PostgreSQL's default for a bigint sequence.
     */
    private static SequenceDef sequence(QualifiedName name, Sequence sequence) {
        SqlType bigint = SqlType.of("bigint");
        long increment = sequence.getIncrementSize();
        SequenceOptions options = increment > 0
                ? new SequenceOptions(sequence.getInitialValue(), increment, 1, Long.MAX_VALUE, 1, false)
                : new SequenceOptions(sequence.getInitialValue(), increment, Long.MIN_VALUE, -1, 1, false);
        return new SequenceDef(name, bigint, options, null, null);
    }

    /** Enum types Hibernate itself creates for {@code SqlTypes.NAMED_ENUM} columns. */
    private Map<QualifiedName, EnumTypeDef> hibernateEnums() {
        Map<QualifiedName, EnumTypeDef> enums = new LinkedHashMap<>();
        for (AuxiliaryDatabaseObject object : metadata.getDatabase().getAuxiliaryDatabaseObjects()) {
            if (!object.appliesToDialect(dialect)) continue;
            for (String sql : object.sqlCreateStrings(context)) {
                Matcher create = CREATE_ENUM.matcher(sql);
                if (!create.matches()) continue;
                QualifiedName name = qualified(create.group(1));
                if (annotations.coversHibernateEnum(name.name())) continue;
                List<String> labels = new ArrayList<>();
                Matcher label = LABEL.matcher(create.group(2));
                while (label.find()) labels.add(label.group(1).replace("''", "'"));
                enums.put(name, new EnumTypeDef(name, labels, null));
            }
        }
        return enums;
    }

    private QualifiedName qualified(String written) {
        List<String> parts = Arrays.asList(written.split("\\."));
        String name = PgIdentifiers.fold(parts.get(parts.size() - 1));
        return QualifiedName.of(parts.size() > 1 ? PgIdentifiers.fold(parts.get(parts.size() - 2)) : defaultSchema, name);
    }

    static String fold(Identifier identifier) {
        try {
            return PgIdentifiers.fold(identifier.getText(), identifier.isQuoted());
        } catch (IllegalArgumentException e) {
            throw new EntityModelException(e.getMessage());
        }
    }
}
