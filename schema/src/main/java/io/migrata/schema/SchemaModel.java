package io.migrata.schema;

import java.util.List;
import java.util.Optional;
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
 */
public record SchemaModel(
        List<String> schemas,
        List<TableDef> tables,
        List<EnumTypeDef> enums,
        List<SequenceDef> sequences,
        List<ViewDef> views,
        List<ExtensionDef> extensions,
        List<FunctionDef> functions,
        List<TriggerDef> triggers) {

    public SchemaModel {
        schemas = Names.sortedUnique(schemas, Function.identity(), () -> "schema");
        tables = Names.sortedUnique(tables, TableDef::name, () -> "table");
        enums = Names.sortedUnique(enums, EnumTypeDef::name, () -> "enum type");
        sequences = Names.sortedUnique(sequences, SequenceDef::name, () -> "sequence");
        views = Names.sortedUnique(views, ViewDef::name, () -> "view");
        extensions = Names.sortedUnique(extensions, ExtensionDef::name, () -> "extension");
        functions = Names.sortedUnique(functions, FunctionDef::signature, () -> "function");
        triggers = Names.sortedUnique(triggers, t -> t.table() + " " + t.name(), () -> "trigger");
    }

    /** A model of tables, types, sequences and views only: what the entities can say. */
    public SchemaModel(List<String> schemas, List<TableDef> tables, List<EnumTypeDef> enums,
                       List<SequenceDef> sequences, List<ViewDef> views) {
        this(schemas, tables, enums, sequences, views, List.of(), List.of(), List.of());
    }

    public static SchemaModel empty() {
        return new SchemaModel(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
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
        return new SchemaModel(newSchemas, tables, enums, sequences, views, extensions, functions, triggers);
    }

    public SchemaModel withTables(List<TableDef> newTables) {
        return new SchemaModel(schemas, newTables, enums, sequences, views, extensions, functions, triggers);
    }

    public SchemaModel withEnums(List<EnumTypeDef> newEnums) {
        return new SchemaModel(schemas, tables, newEnums, sequences, views, extensions, functions, triggers);
    }

    public SchemaModel withSequences(List<SequenceDef> newSequences) {
        return new SchemaModel(schemas, tables, enums, newSequences, views, extensions, functions, triggers);
    }

    public SchemaModel withViews(List<ViewDef> newViews) {
        return new SchemaModel(schemas, tables, enums, sequences, newViews, extensions, functions, triggers);
    }

    public SchemaModel withExtensions(List<ExtensionDef> newExtensions) {
        return new SchemaModel(schemas, tables, enums, sequences, views, newExtensions, functions, triggers);
    }

    public SchemaModel withFunctions(List<FunctionDef> newFunctions) {
        return new SchemaModel(schemas, tables, enums, sequences, views, extensions, newFunctions, triggers);
    }

    public SchemaModel withTriggers(List<TriggerDef> newTriggers) {
        return new SchemaModel(schemas, tables, enums, sequences, views, extensions, functions, newTriggers);
    }
}
