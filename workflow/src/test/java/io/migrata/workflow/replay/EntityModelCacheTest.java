package io.migrata.workflow.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.entities.EntityModel;
import io.migrata.entities.EntityModelReader;
import io.migrata.entities.EntitySource;
import io.migrata.entities.Naming;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.TableDef;
import io.migrata.schema.SchemaModel;
import io.migrata.workflow.Migrata;
import io.migrata.workflow.config.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entity model cache: every input of the entity read is part of the key, and a read through the
 * cache gives what Hibernate's boot gives, before and after the entity classes change.
 */
class EntityModelCacheTest {

    private static final String PACKAGE = "cached.entities";

    @TempDir
    Path project;

    private Path classes() {
        return project.resolve("classes");
    }

    @Test
    void everyInputOfTheReadIsPartOfTheKey() throws Exception {
        compile("Customer", "customers", "    private String name;\n");
        Path jar = project.resolve("lib.jar");
        Files.write(jar, new byte[] {1, 2, 3});
        EntitySource source = EntitySource.packages(List.of(classes(), jar), PACKAGE);
        String base = key("build 1", source);
        assertEquals(base, key("build 1", source), "the same inputs give the same key");

        Set<String> keys = new HashSet<>(List.of(base));
        List<String> added = new ArrayList<>();
        added.add(key("build 2", source));
        added.add(key("build 1", EntitySource.packages(List.of(classes(), jar), PACKAGE, "other")));
        added.add(key("build 1", source.withNaming(Naming.SPRING_BOOT)));
        added.add(key("build 1", source.withSettings(Map.of("hibernate.default_schema", "sales"))));
        added.add(key("build 1", source.withPostgresMajorVersion(16)));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        added.add(key("build 1", source));
        Files.write(jar, new byte[] {1, 2, 3, 4});
        added.add(key("build 1", source));
        String beforeEdit = key("build 1", source);
        compile("Customer", "customers", "    private String name;\n    private String email;\n");
        added.add(key("build 1", source));
        Files.writeString(classes().resolve("cached/entities/notes.txt"), "a resource");
        added.add(key("build 1", source));
        Path schemaSql = project.resolve("migrations/schema/010_functions.sql");
        Files.createDirectories(schemaSql.getParent());
        Files.writeString(schemaSql, "CREATE FUNCTION one() RETURNS integer LANGUAGE sql IMMUTABLE RETURN 1;\n");
        added.add(EntityModelCache.key("build 1", source, List.of(schemaSql), List.of()).orElseThrow());
        Files.writeString(schemaSql, "CREATE FUNCTION one() RETURNS integer LANGUAGE sql IMMUTABLE RETURN 2;\n");
        added.add(EntityModelCache.key("build 1", source, List.of(schemaSql), List.of()).orElseThrow());
        added.add(EntityModelCache.key("build 1", source, List.of(), List.of("sales")).orElseThrow());
        for (String key : added) assertTrue(keys.add(key), "a changed input gives a new key: " + added);

        // A compile that writes the same bytes again is the same key: content, not file times, counts.
        Files.delete(classes().resolve("cached/entities/notes.txt"));
        String recompiled = key("build 1", source);
        compile("Customer", "customers", "    private String name;\n    private String email;\n");
        assertEquals(recompiled, key("build 1", source));
        assertFalse(recompiled.equals(beforeEdit));

        assertEquals(Optional.empty(), EntityModelCache.key(EntitySource.packages(List.of(), PACKAGE), List.of(), List.of()),
                "entities on Migrata's own class loader have nothing to key on");
    }

    @Test
    void aCachedReadIsWhatHibernateReadsAndAnEditedEntityIsReadAgain() throws Exception {
        compile("Customer", "customers", "    private String name;\n");
        SchemaModel first = inspectEntities();
        assertEquals(1, entries().size(), "the read is kept");
        SchemaModel second = inspectEntities();
        EntityModel fresh = new EntityModelReader().readWithInitialRows(
                EntitySource.packages(List.of(classes()), PACKAGE).withNaming(Naming.SPRING_BOOT));
        assertEquals(fresh.model(), first);
        assertEquals(fresh.model(), second, "the cached model is the one Hibernate's boot gives");
        assertEquals(Set.of("id", "name"), columns(second));

        compile("Customer", "customers", "    private String name;\n    private String email;\n");
        SchemaModel edited = inspectEntities();
        assertEquals(Set.of("id", "name", "email"), columns(edited), "the recompiled entity is read again");
        assertEquals(2, entries().size());
    }

    private static String key(String build, EntitySource source) {
        return EntityModelCache.key(build, source, List.of(), List.of()).orElseThrow();
    }

    /** The entities through the workflow (which needs no database for entities without expressions) and its cache. */
    private SchemaModel inspectEntities() {
        try (Migrata migrata = Migrata.configure().projectDirectory(project).environment(Map.of())
                .set(Setting.ENTITIES_PACKAGES, PACKAGE).set(Setting.ENTITIES_CLASSPATH, classes().toString())
                .set(Setting.ENTITIES_NAMING, "spring-boot").listener(line -> { }).load()) {
            return migrata.inspectEntities().model();
        }
    }

    private static Set<String> columns(SchemaModel model) {
        TableDef table = model.table(QualifiedName.of("public", "customers")).orElseThrow();
        Set<String> names = new HashSet<>();
        table.columns().forEach(column -> names.add(column.name()));
        return names;
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(project.resolve(".migrata").resolve(EntityModelCache.DIRECTORY))) {
            return files.toList();
        }
    }

    private void compile(String className, String table, String fields) throws IOException {
        Path sources = project.resolve("src");
        Path file = sources.resolve(PACKAGE.replace('.', '/')).resolve(className + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "package " + PACKAGE + ";\n\n"
                + "@jakarta.persistence.Entity\n"
                + "@jakarta.persistence.Table(name = \"" + table + "\")\n"
                + "public class " + className + " {\n"
                + "    @jakarta.persistence.Id\n"
                + "    private Long id;\n"
                + fields
                + "}\n");
        Files.createDirectories(classes());
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes().toString(),
                "-classpath", System.getProperty("java.class.path"), "-proc:none", file.toString());
        assertEquals(0, status, "the entity compiles");
    }
}
