package io.migrata.entities;

import io.migrata.entities.sql.PgIdentifiers;
import io.migrata.schema.EnumTypeDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.annotations.PgEnum;
import io.migrata.schema.annotations.PgIndex;
import io.migrata.schema.annotations.PgPartitionBy;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.DenormalizedTable;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.Value;

/**
 * Migrata's PostgreSQL annotations on the mapped classes: {@link PgEnum} columns (found by walking
 * every entity's properties, embeddables and element collections to the Java member that declares
 * them), {@link PgIndex} indexes on entity tables and {@link PgPartitionBy} partition keys.
 */
final class PgAnnotations {

    private static final Pattern PARTITION_KEY = Pattern.compile("(?is)\\s*(range|list|hash)\\s*\\((.+)\\)\\s*");
    private static final Pattern KEY = Pattern.compile(
            "(?i)\\s*(\"[^\"]+\"|[^\\s\"]+)(\\s+(asc|desc))?(\\s+nulls\\s+(first|last))?\\s*");

    private final Map<Table, Map<String, EnumTypeDef>> enumColumns = new IdentityHashMap<>();
    private final Map<QualifiedName, EnumTypeDef> enums = new LinkedHashMap<>();
    private final Set<String> coveredEnumClasses = new HashSet<>();
    private final Map<QualifiedName, List<IndexDef>> indexes = new HashMap<>();
    private final Map<QualifiedName, String> partitionKeys = new HashMap<>();
    private final Function<Table, String> schemaOf;

    private PgAnnotations(Function<Table, String> schemaOf) {
        this.schemaOf = schemaOf;
    }

    static PgAnnotations read(Metadata metadata, List<Class<?>> mappedClasses, Function<Table, String> schemaOf) {
        PgAnnotations annotations = new PgAnnotations(schemaOf);
        for (PersistentClass entity : metadata.getEntityBindings()) {
            Class<?> type = entity.getMappedClass();
            if (type == null) continue;
            if (entity.getIdentifierProperty() != null && entity.getSuperclass() == null) {
                annotations.visit(entity.getIdentifierProperty(), type);
            }
            for (Property property : entity.getProperties()) annotations.visit(property, type);
        }
        for (PersistentClass entity : metadata.getEntityBindings()) {
            Class<?> type = entity.getMappedClass();
            if (type != null) annotations.readIndexes(type, entity.getTable());
        }
        return annotations;
    }

    /** The native enum type of a column, or {@code null}; columns inherited by a union subclass table included. */
    EnumTypeDef enumOf(Table table, String columnName) {
        for (Table current = table; current != null; ) {
            Map<String, EnumTypeDef> columns = enumColumns.get(current);
            if (columns != null && columns.containsKey(columnName)) return columns.get(columnName);
            current = current instanceof DenormalizedTable denormalized ? denormalized.getIncludedTable() : null;
        }
        return null;
    }

    List<EnumTypeDef> enums() {
        return List.copyOf(enums.values());
    }

    /** Whether Hibernate's own type for an enum class (named after its simple name) is replaced by a {@link PgEnum}. */
    boolean coversHibernateEnum(String foldedSimpleName) {
        return coveredEnumClasses.contains(foldedSimpleName);
    }

    Map<QualifiedName, List<IndexDef>> indexes() {
        return indexes;
    }

    private void visit(Property property, Class<?> owner) {
        AnnotatedElement member = member(owner, property.getName());
        Value value = property.getValue();
        if (value instanceof Component component) {
            Class<?> componentClass = component.getComponentClass();
            for (Property nested : component.getProperties()) visit(nested, componentClass);
        } else if (value instanceof Collection collection) {
            Value element = collection.getElement();
            Class<?> elementType = member == null ? null : typeArgument(member, collection.isMap() ? 1 : 0);
            if (element instanceof Component component) {
                for (Property nested : component.getProperties()) visit(nested, component.getComponentClass());
            } else if (element instanceof BasicValue basic && elementType != null) {
                enumColumn(basic, elementType, member);
            }
        } else if (value instanceof BasicValue basic && member != null) {
            enumColumn(basic, memberType(member), member);
        }
    }

    private void enumColumn(BasicValue value, Class<?> javaType, AnnotatedElement member) {
        if (javaType == null || !javaType.isEnum()) return;
        PgEnum annotation = member == null ? null : member.getAnnotation(PgEnum.class);
        if (annotation == null) annotation = javaType.getAnnotation(PgEnum.class);
        if (annotation == null) return;
        Table table = value.getTable();
        String schema = annotation.schema().isEmpty() ? schemaOf.apply(table) : PgIdentifiers.fold(annotation.schema());
        QualifiedName name = QualifiedName.of(schema, PgIdentifiers.fold(annotation.name()));
        List<String> labels = Arrays.stream(javaType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        EnumTypeDef type = new EnumTypeDef(name, labels, null);
        EnumTypeDef earlier = enums.putIfAbsent(name, type);
        if (earlier != null && !earlier.labels().equals(labels)) {
            throw new EntityModelException("enum type " + name + " is declared by @PgEnum on " + javaType.getName()
                    + " and on another enum with different constants");
        }
        coveredEnumClasses.add(PgIdentifiers.fold(javaType.getSimpleName()));
        for (Selectable selectable : value.getSelectables()) {
            if (selectable instanceof Column column) {
                enumColumns.computeIfAbsent(table, t -> new HashMap<>()).put(column.getName(), type);
            }
        }
    }

    Map<QualifiedName, String> partitionKeys() {
        return partitionKeys;
    }

    private void readIndexes(Class<?> type, Table table) {
        PgPartitionBy partitioning = type.getDeclaredAnnotation(PgPartitionBy.class);
        if (partitioning != null) {
            QualifiedName tableName = QualifiedName.of(schemaOf.apply(table), ModelConverter.fold(table.getNameIdentifier()));
            partitionKeys.put(tableName, partitionKey(type, partitioning.value()));
        }
        PgIndex[] declared = type.getDeclaredAnnotationsByType(PgIndex.class);
        if (declared.length == 0) return;
        QualifiedName tableName = QualifiedName.of(schemaOf.apply(table), ModelConverter.fold(table.getNameIdentifier()));
        Set<String> columns = new HashSet<>();
        for (Column column : table.getColumns()) columns.add(TableConverter.columnName(column));
        for (PgIndex index : declared) {
            indexes.computeIfAbsent(tableName, t -> new ArrayList<>()).add(index(type, index, columns));
        }
    }

    /** The strategy in capitals and one space before the key list, as {@code pg_get_partkeydef()} prints it. */
    private static String partitionKey(Class<?> type, String written) {
        Matcher key = PARTITION_KEY.matcher(written);
        if (!key.matches()) {
            throw new EntityModelException("@PgPartitionBy(\"" + written + "\") on " + type.getName()
                    + " is not a partition key: write RANGE, LIST or HASH and the key in parentheses, as in \"RANGE (created_at)\"");
        }
        return key.group(1).toUpperCase(Locale.ROOT) + " (" + key.group(2).trim() + ")";
    }

    /** Key expressions and the condition as written: the workflow has PostgreSQL spell them. */
    private static IndexDef index(Class<?> type, PgIndex index, Set<String> columns) {
        if (index.columns().length == 0) {
            throw new EntityModelException("@PgIndex " + index.name() + " on " + type.getName() + " has no columns");
        }
        if (index.nullsNotDistinct() && !index.unique()) {
            throw new EntityModelException("@PgIndex " + index.name() + " on " + type.getName()
                    + " sets nullsNotDistinct without unique = true");
        }
        List<IndexKey> keys = new ArrayList<>();
        for (String written : index.columns()) keys.add(key(type, index, written.trim(), columns));
        String predicate = index.where().isBlank() ? null : index.where().strip();
        List<String> include = Arrays.stream(index.include()).map(PgIdentifiers::fold).toList();
        return new IndexDef(PgIdentifiers.fold(index.name()), keys, index.unique(), index.nullsNotDistinct(),
                index.using().trim().toLowerCase(Locale.ROOT), include, predicate);
    }

    private static IndexKey key(Class<?> type, PgIndex index, String written, Set<String> columns) {
        if (written.startsWith("(")) {
            if (!written.endsWith(")")) {
                throw new EntityModelException("@PgIndex " + index.name() + " on " + type.getName() + " has key '" + written
                        + "': an expression key is written in parentheses, as in \"(lower(email))\"");
            }
            return IndexKey.expression(written.substring(1, written.length() - 1).strip());
        }
        Matcher key = KEY.matcher(written);
        if (!key.matches()) {
            throw new EntityModelException("@PgIndex " + index.name() + " on " + type.getName() + " has key '" + written
                    + "': write a column name with optional ASC/DESC and NULLS FIRST/LAST, or an expression in parentheses");
        }
        String column = PgIdentifiers.fold(key.group(1));
        if (!columns.contains(column)) {
            throw new EntityModelException("@PgIndex " + index.name() + " on " + type.getName() + " names column " + column
                    + ", which its table does not have");
        }
        boolean descending = "desc".equalsIgnoreCase(key.group(3));
        boolean nullsFirst = key.group(5) == null ? descending : key.group(5).equalsIgnoreCase("first");
        return new IndexKey(column, null, descending, nullsFirst, null, null);
    }

    private static AnnotatedElement member(Class<?> owner, String name) {
        for (Class<?> current = owner; current != null && current != Object.class; current = current.getSuperclass()) {
            for (Field field : current.getDeclaredFields()) if (field.getName().equals(name)) return field;
            String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            for (Method method : current.getDeclaredMethods()) {
                if (method.getParameterCount() == 0
                        && (method.getName().equals("get" + capitalized) || method.getName().equals("is" + capitalized))) {
                    return method;
                }
            }
        }
        return null;
    }

    private static Class<?> memberType(AnnotatedElement member) {
        return member instanceof Field field ? field.getType() : ((Method) member).getReturnType();
    }

    private static Class<?> typeArgument(AnnotatedElement member, int index) {
        Type generic = member instanceof Field field ? field.getGenericType() : ((Method) member).getGenericReturnType();
        if (generic instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length > index
                && parameterized.getActualTypeArguments()[index] instanceof Class<?> argument) {
            return argument;
        }
        return null;
    }
}
