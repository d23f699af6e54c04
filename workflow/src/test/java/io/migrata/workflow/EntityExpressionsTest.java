package io.migrata.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.schema.QualifiedName;
import io.migrata.schema.TableDef;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import io.migrata.workflow.config.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entities' expressions are spelled by PostgreSQL: what it accepts is taken, a function of the
 * schema SQL folder included; what it refuses stops the read with one line naming each expression,
 * where it is and PostgreSQL's error.
 */
@ExtendWith(PostgresExtension.class)
class EntityExpressionsTest {

    private static final String EVENT = """
            package exprs;
            import jakarta.persistence.*;
            import org.hibernate.annotations.*;
            @Entity
            @Check(constraints = "begins < finish + '1 day'::interval")
            public class Event {
                @Id private Long id;
                @ColumnDefault("my_day()") private java.time.OffsetDateTime begins;
                @ColumnDefault("'24 hours'::interval") @Column(columnDefinition = "interval") private String ends;
                private java.time.OffsetDateTime finish;
                @ColumnDefault("date_trunc('day', now())") private java.time.OffsetDateTime day;
                @ColumnDefault("no_such_thing(1)") private Integer score;
            }
            """;

    @TempDir
    Path project;

    @Test
    void anExpressionPostgresqlRefusesIsNamedWithItsError(TestDatabase db) throws Exception {
        compile(EVENT);
        try (Migrata migrata = workflow(db)) {
            MigrataException e = assertThrows(MigrataException.class, migrata::inspectEntities);
            assertEquals(MigrataException.Kind.USAGE, e.kind(), e.getMessage());
            assertTrue(e.getMessage().startsWith("PostgreSQL refuses 2 expressions of the entities: the default of"
                    + " public.event.begins 'my_day()' (function my_day() does not exist"), e.getMessage());
            assertTrue(e.getMessage().contains("; the default of public.event.score 'no_such_thing(1)' (function"
                    + " no_such_thing(integer) does not exist"), e.getMessage());
            assertTrue(e.getMessage().endsWith("Fix each on its entity (a function it calls can be defined in a schema SQL file)"),
                    e.getMessage());
            assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Test
    void aGeneratedColumnPostgresqlRefusesIsNamedWithItsError(TestDatabase db) throws Exception {
        compile("""
                package exprs;
                import jakarta.persistence.*;
                @Entity
                public class Event {
                    @Id private Long id;
                    private Integer qty;
                    @org.hibernate.annotations.GeneratedColumn("qty * now()") @Column(columnDefinition = "integer")
                    private Integer total;
                }
                """);
        try (Migrata migrata = workflow(db)) {
            MigrataException e = assertThrows(MigrataException.class, migrata::inspectEntities);
            assertEquals(MigrataException.Kind.USAGE, e.kind(), e.getMessage());
            assertTrue(e.getMessage().startsWith("PostgreSQL refuses an expression of the entities: the generated expression of"
                    + " public.event.total 'qty * now()' (operator does not exist: integer * timestamp with time zone"), e.getMessage());
        }
    }

    @Test
    void whatPostgresqlAcceptsIsTakenInItsSpellingAndCheckPassesAfterTheUpgrade(TestDatabase db) throws Exception {
        compile(EVENT.replace("no_such_thing(1)", "42"));
        Files.createDirectories(project.resolve("migrations/schema"));
        Files.writeString(project.resolve("migrations/schema/010_my_day.sql"),
                "CREATE FUNCTION public.my_day() RETURNS timestamptz LANGUAGE sql STABLE RETURN date_trunc('day', now());\n");
        try (Migrata migrata = workflow(db)) {
            TableDef event = migrata.inspectEntities().model().table(QualifiedName.of("public", "event")).orElseThrow();
            assertEquals("public.my_day()", event.column("begins").orElseThrow().defaultExpression());
            assertEquals("'24:00:00'::interval", event.column("ends").orElseThrow().defaultExpression());
            assertEquals("date_trunc('day'::text, now())", event.column("day").orElseThrow().defaultExpression());
            assertEquals("(begins < (finish + '1 day'::interval))", event.checks().get(0).expression());
            assertTrue(migrata.autogenerate(AutogenerateOptions.message("events")).written() != null);
            migrata.upgrade("head");
            assertTrue(migrata.check().equal(), "check passes right after the upgrade");
            assertTrue(migrata.autogenerate(AutogenerateOptions.message("again")).noChanges(), "autogenerate writes nothing");
        }
    }

    private void compile(String source) throws IOException {
        Path file = project.resolve("src/exprs/Event.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        Files.createDirectories(project.resolve("migrations/versions"));
        List<String> arguments = new ArrayList<>(List.of("-d", project.resolve("classes").toString(),
                "-classpath", System.getProperty("java.class.path"), "-proc:none", file.toString()));
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(String[]::new)));
    }

    private Migrata workflow(TestDatabase db) {
        return Migrata.configure()
                .projectDirectory(project)
                .environment(Map.of())
                .dataSource(db.dataSource())
                .set(Setting.ENTITIES_PACKAGES, "exprs")
                .set(Setting.ENTITIES_CLASSPATH, project.resolve("classes").toString())
                .set(Setting.DEV_URL, db.serverUrlWithCredentials())
                .listener(line -> { })
                .load();
    }
}
