package io.migrata.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.entities.judge.InMemoryCompiler;
import io.migrata.schema.SchemaModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityScannerTest {

    @Test
    void findsEntitiesInJarsAndSubPackagesButNotOutsideThePackage(@TempDir Path work) throws Exception {
        Path classes = Files.createDirectories(work.resolve("classes"));
        InMemoryCompiler.compile(Map.of(
                "shop.Item", "package shop; @jakarta.persistence.Entity public class Item { @jakarta.persistence.Id Long id; }",
                "shop.sub.Tag", "package shop.sub; @jakarta.persistence.Entity public class Tag { @jakarta.persistence.Id Long id; }",
                "shop.Helper", "package shop; public class Helper {}",
                "other.Thing", "package other; @jakarta.persistence.Entity public class Thing { @jakarta.persistence.Id Long id; }"),
                classes);
        Path jar = work.resolve("shop.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }

        SchemaModel fromJar = new EntityModelReader().read(EntitySource.packages(List.of(jar), "shop"));
        SchemaModel fromDirectory = new EntityModelReader().read(EntitySource.packages(List.of(classes), "shop"));

        assertEquals(List.of("item", "tag"), fromJar.tables().stream().map(t -> t.name().name()).toList());
        assertEquals(fromDirectory, fromJar);
    }

    @Test
    void explicitClassesNeedNoScan(@TempDir Path classes) throws Exception {
        InMemoryCompiler.compile(Map.of(
                "shop.Item", "package shop; @jakarta.persistence.Entity public class Item { @jakarta.persistence.Id Long id; }"),
                classes);
        SchemaModel model = new EntityModelReader().read(EntitySource.classes(List.of(classes), "shop.Item"));
        assertEquals(List.of("item"), model.tables().stream().map(t -> t.name().name()).toList());
    }

    @Test
    void aTruncatedClassFileBesideAValidOneStopsTheReadNamingTheFile(@TempDir Path work) throws Exception {
        Path classes = Files.createDirectories(work.resolve("classes"));
        InMemoryCompiler.compile(Map.of(
                "shop.Item", "package shop; @jakarta.persistence.Entity public class Item { @jakarta.persistence.Id Long id; }",
                "shop.Person", "package shop; @jakarta.persistence.Entity public class Person { @jakarta.persistence.Id Long id;"
                        + " String name; }"),
                classes);
        Path person = classes.resolve("shop/Person.class");
        byte[] whole = Files.readAllBytes(person);
        Path jar = work.resolve("shop.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("shop/Item.class"));
            out.write(Files.readAllBytes(classes.resolve("shop/Item.class")));
            out.putNextEntry(new JarEntry("shop/Person.class"));
            out.write(Arrays.copyOf(whole, whole.length - 1));
            out.closeEntry();
        }

        for (int kept : new int[] {0, 9, whole.length / 2, whole.length - 1}) {
            Files.write(person, Arrays.copyOf(whole, kept));
            EntityModelException error = assertThrows(EntityModelException.class,
                    () -> new EntityModelReader().read(EntitySource.packages(List.of(classes), "shop")));
            assertEquals("class file " + person + " is not a valid class file: " + (kept == 0 ? "it is empty" : "it ends early ("
                    + kept + " bytes)") + " (an interrupted build? rebuild the entity classes)", error.getMessage());
        }
        EntityModelException inJar = assertThrows(EntityModelException.class,
                () -> new EntityModelReader().read(EntitySource.packages(List.of(jar), "shop")));
        assertTrue(inJar.getMessage().startsWith("class file shop/Person.class in jar " + jar + " is not a valid class file"),
                inJar.getMessage());

        Files.write(person, whole);
        assertEquals(List.of("item", "person"), new EntityModelReader().read(EntitySource.packages(List.of(classes), "shop"))
                .tables().stream().map(t -> t.name().name()).toList());
    }
}
