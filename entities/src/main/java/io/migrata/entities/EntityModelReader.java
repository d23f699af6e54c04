package io.migrata.entities;

import io.migrata.schema.SchemaModel;

/**
 * Reads JPA entities into a {@link SchemaModel}: the schema the application's Hibernate mapping
 * describes, spelled as the PostgreSQL introspector reads the same schema from a database Hibernate
 * created (types as {@code format_type()} prints them, unnamed constraints named as PostgreSQL
 * names them), but for expressions (defaults, checks, generated columns, index expressions and
 * conditions), which are kept as the entities write them: only PostgreSQL can tell how it stores
 * them, and the workflow module has it spell them on a scratch database. It boots Hibernate's
 * metamodel with the PostgreSQL dialect and never opens a database connection.
 *
 * <pre>{@code
 * SchemaModel model = new EntityModelReader().read(
 *         EntitySource.packages(List.of(Path.of("target/classes")), "com.example.domain")
 *                 .withNaming(Naming.SPRING_BOOT));
 * }</pre>
 *
 * @throws EntityModelException from {@link #read} when no entity is found, a class does not load,
 *     a dependency jar is missing, or Hibernate rejects the mapping
 */
public final class EntityModelReader {

    public SchemaModel read(EntitySource source) {
        return readWithInitialRows(source).model();
    }

    /** The model, and the rows Hibernate's create script inserts into tables of it ({@code @TableGenerator}). */
    public EntityModel readWithInitialRows(EntitySource source) {
        try (HibernateBoot boot = HibernateBoot.boot(source)) {
            return MappingFailures.translate(boot.mappedClasses(), () -> {
                ModelConverter converter = new ModelConverter(boot.metadata(), HibernateBoot.settings(source), boot.mappedClasses());
                return new EntityModel(converter.convert(), converter.initialRows());
            });
        }
    }
}
