package io.migrata.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.entities.judge.InMemoryCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input ends in one {@link EntityModelException} whose single line names the class and the problem. */
class EntityModelErrorsTest {

    private static final String ENTITY = """
            package bad;
            import jakarta.persistence.*;
            @Entity public class %s { @Id private Long id; %s }
            """;

    @TempDir
    Path classes;

    @Test
    void noEntities() throws Exception {
        InMemoryCompiler.compile(Map.of("bad.Plain", "package bad; public class Plain {}"), classes);
        EntityModelException e = read(EntitySource.packages(List.of(classes), "bad"));
        assertEquals("no @Entity class found in package bad on the classpath", e.getMessage());
    }

    @Test
    void aClassThatIsNotThere() {
        EntityModelException e = read(EntitySource.classes(List.of(classes), "bad.Missing"));
        assertEquals("class bad.Missing is not on the classpath", e.getMessage());
    }

    @Test
    void aClassThatFailsToLoad() throws Exception {
        Files.createDirectories(classes.resolve("bad"));
        Files.write(classes.resolve("bad/Broken.class"), "not a class, but it says Ljakarta/persistence/Entity;".getBytes());
        EntityModelException e = read(EntitySource.packages(List.of(classes), "bad"));
        assertEquals("class file " + classes.resolve("bad/Broken.class") + " is not a valid class file: it does not start"
                + " like a class file (an interrupted build? rebuild the entity classes)", e.getMessage());
        assertOneLine(e);
    }

    @Test
    void aMappingHibernateRejects() throws Exception {
        InMemoryCompiler.compile(Map.of("bad.NoId", """
                package bad;
                @jakarta.persistence.Entity public class NoId { private Long id; }
                """), classes);
        EntityModelException e = read(EntitySource.packages(List.of(classes), "bad"));
        assertTrue(e.getMessage().startsWith("class bad.NoId is rejected by Hibernate: "), e.getMessage());
        assertTrue(e.getMessage().contains("identifier"), e.getMessage());
        assertOneLine(e);
    }

    /** The message names both classes; the one rejected owns the failing property, the other is only its target. */
    @Test
    void aRejectionNamesTheClassThatOwnsTheBadMappingNotItsTarget() throws Exception {
        InMemoryCompiler.compile(Map.of(
                "shop.Person", "package shop; @jakarta.persistence.Entity public class Person { @jakarta.persistence.Id Long id; }",
                "shop.Bad", """
                        package shop;
                        @jakarta.persistence.Entity public class Bad {
                            @jakarta.persistence.Id Long id;
                            @jakarta.persistence.OneToMany(mappedBy = "nope") java.util.List<Person> people;
                        }
                        """), classes);
        EntityModelException e = read(EntitySource.packages(List.of(classes), "shop"));
        assertTrue(e.getMessage().startsWith("class shop.Bad is rejected by Hibernate: "), e.getMessage());
        assertOneLine(e);
    }

    @Test
    void aMissingDependencyJar() throws Exception {
        InMemoryCompiler.compile(Map.of(
                "lib.Money", "package lib; public class Money implements java.io.Serializable {}",
                "bad.Invoice", String.format(ENTITY, "Invoice", "private lib.Money total;")), classes);
        Files.delete(classes.resolve("lib/Money.class"));
        EntityModelException e = read(EntitySource.packages(List.of(classes), "bad"));
        assertEquals("class bad.Invoice cannot be read: it needs lib.Money, which is not on the classpath"
                + " (a dependency jar is missing)", e.getMessage());
    }

    @Test
    void aClasspathEntryThatDoesNotExist() {
        EntityModelException e = read(EntitySource.packages(List.of(classes.resolve("nope.jar")), "bad"));
        assertTrue(e.getMessage().startsWith("classpath entry ") && e.getMessage().endsWith("nope.jar does not exist"),
                e.getMessage());
    }

    @Test
    void columnDefinitionWithMoreThanAType() throws Exception {
        InMemoryCompiler.compile(Map.of("bad.Note", String.format(ENTITY, "Note",
                "@Column(columnDefinition = \"text not null\") private String body;")), classes);
        EntityModelException e = read(EntitySource.packages(List.of(classes), "bad"));
        assertTrue(e.getMessage().startsWith("column public.note.body has columnDefinition 'text not null'"), e.getMessage());
    }

    private static EntityModelException read(EntitySource source) {
        return assertThrows(EntityModelException.class, () -> new EntityModelReader().read(source));
    }

    private static void assertOneLine(EntityModelException e) {
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
}
