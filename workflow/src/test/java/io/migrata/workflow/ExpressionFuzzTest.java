package io.migrata.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.introspect.IntrospectionOptions;
import io.migrata.introspect.PostgresIntrospector;
import io.migrata.schema.CheckDef;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import io.migrata.workflow.config.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random expressions PostgreSQL accepts, as {@code @ColumnDefault}, {@code @Check} and
 * {@code @GeneratedColumn} on entities: built-in functions, a function a schema SQL file defines,
 * operators, casts, constants of many types. Which ones PostgreSQL accepts is asked of PostgreSQL
 * (a probe database); every accepted one must then be taken: the entities' migration upgrades a
 * database whose catalog holds exactly the text the model has, {@code check} finds no difference
 * and autogenerate writes nothing.
 */
@ExtendWith(PostgresExtension.class)
class ExpressionFuzzTest {

    private static final String PACKAGE = "fuzzed.entities";
    private static final long SEED = Long.getLong("migrata.fuzz.seed", 20261207L);
    private static final int TABLES = 6;
    private static final int COLUMNS = 14;
    private static final int CHECKS = 4;

    /**
     * A column kind: its Java type and {@code @Column} attributes, the SQL type Hibernate gives it,
     * and the short name the generator knows its expressions by.
     */
    private record Kind(String javaType, String columnAttributes, String sqlType, String sqlName) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("Integer", "", "integer", "int"), new Kind("Long", "", "bigint", "big"),
            new Kind("java.math.BigDecimal", ", precision = 12, scale = 2", "numeric(12,2)", "num"),
            new Kind("String", ", length = 40", "varchar(40)", "str"),
            new Kind("String", ", columnDefinition = \"text\"", "text", "txt"),
            new Kind("Boolean", "", "boolean", "flag"), new Kind("java.time.OffsetDateTime", "", "timestamp(6) with time zone", "tstz"),
            new Kind("java.time.LocalDateTime", "", "timestamp(6)", "ts"), new Kind("java.time.LocalDate", "", "date", "day"),
            new Kind("Double", "", "double precision", "dbl"), new Kind("java.util.UUID", "", "uuid", "id"),
            new Kind("String", ", columnDefinition = \"jsonb\"", "jsonb", "js"),
            new Kind("String", ", columnDefinition = \"interval\"", "interval", "iv"),
            new Kind("String", ", columnDefinition = \"text[]\"", "text[]", "arr"));

    /** A function of the project's own, declared in its schema SQL folder, which the entities call. */
    private static final String USER_FUNCTION = "CREATE FUNCTION public.fuzz_twice(integer) RETURNS integer"
            + " LANGUAGE sql IMMUTABLE RETURN $1 * 2";

    @TempDir
    Path project;

    private final Random random = new Random(SEED);

    /**
     * One table's columns (name → kind), defaults (column → written SQL), checks (name → written
     * SQL) and the expression of its generated column {@code total} (numeric, over {@code qty} and
     * {@code price}), or null.
     */
    private record Table(String name, Map<String, Kind> columns, Map<String, String> defaults, Map<String, String> checks,
                         String[] generated) {
    }

    @Test
    void everyExpressionPostgresAcceptsRoundTripsThroughTheCatalog(TestDatabase probe, TestDatabase db) throws Exception {
        List<Table> tables = new ArrayList<>();
        for (int t = 0; t < TABLES; t++) tables.add(table("fuzz_" + t));
        int generated = tables.stream().mapToInt(t -> t.defaults().size() + t.checks().size()).sum();
        keepWhatPostgresAccepts(probe, tables);
        int accepted = tables.stream().mapToInt(t -> t.defaults().size() + t.checks().size()).sum();
        assertTrue(accepted > generated * 3 / 4, "PostgreSQL accepts most generated expressions: " + accepted + " of " + generated);
        assertTrue(tables.stream().anyMatch(t -> t.generated()[0] != null), "a generated column is accepted");
        compile(tables);
        Files.createDirectories(project.resolve("migrations/schema"));
        Files.writeString(project.resolve("migrations/schema/010_functions.sql"), USER_FUNCTION + ";\n");

        try (Migrata migrata = workflow(db)) {
            SchemaModel entities = migrata.inspectEntities().model();
            Autogenerated initial = migrata.autogenerate(AutogenerateOptions.message("fuzzed expressions"));
            assertTrue(initial.written() != null, "an initial revision is written");
            migrata.upgrade("head");
            SchemaModel catalog;
            try (Connection connection = db.connect()) {
                catalog = read(connection);
            }
            for (Table table : tables) {
                TableDef fromCatalog = catalog.table(io.migrata.schema.QualifiedName.of("public", table.name())).orElseThrow();
                TableDef fromEntities = entities.table(io.migrata.schema.QualifiedName.of("public", table.name())).orElseThrow();
                for (String column : table.defaults().keySet()) {
                    assertEquals(defaultOf(fromCatalog, column), defaultOf(fromEntities, column),
                            table.name() + "." + column + " DEFAULT " + table.defaults().get(column));
                }
                for (String check : table.checks().keySet()) {
                    assertEquals(checkOf(fromCatalog, check), checkOf(fromEntities, check),
                            table.name() + " CHECK " + table.checks().get(check));
                }
                if (table.generated()[0] != null) {
                    assertEquals(generatedOf(fromCatalog), generatedOf(fromEntities), table.name() + " GENERATED " + table.generated()[0]);
                }
            }
            Comparison check = migrata.check();
            assertTrue(check.equal(), () -> check.ops().stream().map(op -> op.describe()).toList().toString());
            assertTrue(migrata.autogenerate(AutogenerateOptions.message("again")).noChanges(), "autogenerate writes nothing");
        }
    }

    private Table table(String name) {
        Map<String, Kind> columns = new LinkedHashMap<>();
        Map<String, String> defaults = new LinkedHashMap<>();
        Map<String, String> checks = new LinkedHashMap<>();
        for (int c = 0; c < COLUMNS; c++) {
            Kind kind = KINDS.get(random.nextInt(KINDS.size()));
            String column = kind.sqlName() + "_" + c;
            columns.put(column, kind);
            if (random.nextInt(10) < 8) defaults.put(column, expression(kind.sqlName(), 3));
        }
        List<String> names = new ArrayList<>(columns.keySet());
        for (int k = 0; k < CHECKS; k++) {
            checks.put(name + "_check_" + k, condition(columns, names, 2));
        }
        String total = pick("price * qty", "price * 2", "round(price * 1.2, 2)", "coalesce(price, 0) + qty", "abs(price - qty)",
                "(price + qty) * 2", "price / nullif(qty, 0)");
        return new Table(name, columns, defaults, checks, new String[] {total});
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    @SafeVarargs
    private String any(Supplier<String>... options) {
        return options[random.nextInt(options.length)].get();
    }

    /** An expression of the SQL type {@code kind} names, nested up to {@code depth}. */
    private String expression(String kind, int depth) {
        if (depth <= 0) return constant(kind);
        int d = depth - 1;
        return switch (kind) {
            case "int" -> any(() -> constant("int"), () -> "abs(" + expression("int", d) + ")",
                    () -> "(" + expression("int", d) + " " + pick("+", "-", "*") + " " + expression("int", d) + ")",
                    () -> "length(" + expression("txt", d) + ")", () -> "coalesce(" + expression("int", d) + ", 0)",
                    () -> "char_length(" + expression("str", d) + ")", () -> "greatest(1, " + expression("int", d) + ")",
                    () -> "(" + expression("num", d) + ")::integer", () -> "fuzz_twice(" + expression("int", d) + ")",
                    () -> "least(" + expression("int", d) + ", 7)", () -> "extract(year from now())::integer",
                    () -> "array_length(" + expression("arr", d) + ", 1)", () -> "(" + expression("int", d) + " % 7)",
                    () -> "strpos(" + expression("txt", d) + ", 'a')");
            case "big" -> any(() -> constant("big"), () -> "(" + expression("int", d) + ")::bigint",
                    () -> "abs(" + expression("big", d) + ")", () -> "(" + expression("big", d) + " + 1)");
            case "num" -> any(() -> constant("num"), () -> "round(" + expression("num", d) + ", 2)",
                    () -> "(" + expression("int", d) + ")::numeric", () -> "(" + expression("num", d) + " * 1.5)",
                    () -> "abs(" + expression("num", d) + ")", () -> "floor(" + expression("num", d) + ")");
            case "str", "txt" -> any(() -> constant(kind), () -> "lower(" + expression("txt", d) + ")",
                    () -> "upper(" + expression("str", d) + ")", () -> "(" + expression("txt", d) + " || " + expression("str", d) + ")",
                    () -> "md5(" + expression("txt", d) + ")", () -> "to_char(now(), 'YYYY')",
                    () -> "replace(" + expression("txt", d) + ", 'a', 'b')", () -> "left(" + expression("txt", d) + ", 3)",
                    () -> "concat('a', " + expression("txt", d) + ")", () -> "btrim(" + expression("txt", d) + ")",
                    () -> "(" + expression("int", d) + ")::text", () -> "concat_ws('-', " + expression("txt", d) + ", 'x')",
                    () -> "substr(" + expression("txt", d) + ", 2)", () -> "split_part(" + expression("txt", d) + ", ' ', 1)",
                    () -> "translate(" + expression("txt", d) + ", 'ab', 'cd')", () -> "(" + expression("js", d) + " ->> 'a')",
                    () -> "format('%s!', " + expression("txt", d) + ")", () -> "repeat(" + expression("txt", d) + ", 2)");
            case "flag" -> any(() -> constant("flag"), () -> "(" + expression("int", d) + " > " + expression("int", d) + ")",
                    () -> "(" + expression("txt", d) + " like 'a%')", () -> "(" + expression("int", d) + " between 1 and 5)",
                    () -> "(" + expression("int", d) + " in (1, 2, 3))", () -> "(not " + expression("flag", d) + ")",
                    () -> "(" + expression("flag", d) + " and " + expression("flag", d) + ")",
                    () -> "(" + expression("txt", d) + " ~ '^a')", () -> "(" + expression("js", d) + " ? 'a')",
                    () -> "(" + expression("int", d) + " is distinct from 3)", () -> "(" + expression("txt", d) + " similar to 'a%')");
            case "tstz" -> any(() -> "now()", () -> "current_timestamp", () -> "date_trunc('" + pick("day", "hour", "month") + "', now())",
                    () -> "clock_timestamp()", () -> "(now() + '1 day'::interval)", () -> constant("tstz"),
                    () -> "statement_timestamp()", () -> "(now() - " + expression("iv", d) + ")",
                    () -> "'2020-01-01 12:00:00+02'::timestamptz", () -> "make_timestamptz(2020, 1, 2, 3, 4, 5)");
            case "ts" -> any(() -> "localtimestamp", () -> "date_trunc('hour', localtimestamp)", () -> constant("ts"),
                    () -> "(now())::timestamp");
            case "day" -> any(() -> "current_date", () -> constant("day"), () -> "(now())::date");
            case "dbl" -> any(() -> "random()", () -> constant("dbl"), () -> "date_part('year', now())", () -> "pi()");
            case "id" -> any(() -> "gen_random_uuid()", () -> constant("id"));
            case "js" -> any(() -> constant("js"), () -> "jsonb_build_object('a', " + expression("int", d) + ")",
                    () -> "(" + expression("js", d) + " || '{\"z\": 1}'::jsonb)", () -> "to_jsonb(" + expression("txt", d) + ")");
            case "iv" -> any(() -> constant("iv"), () -> "(" + constant("iv") + " * 2)", () -> "make_interval(days => 3)",
                    () -> "justify_hours('30 hours')");
            case "arr" -> any(() -> constant("arr"), () -> "ARRAY[" + expression("txt", d) + ", 'b']",
                    () -> "string_to_array(" + expression("txt", d) + ", ',')", () -> "array_append('{}'::text[], 'x')");
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private String constant(String kind) {
        return switch (kind) {
            case "int" -> String.valueOf(random.nextInt(2001) - 1000);
            case "big" -> pick("0", "42", "-7", "10000000000", "'12'");
            case "num" -> pick("0", "1.5", "0.00", "-2.25", "'3.10'", "12");
            case "str", "txt" -> pick("'a'", "'ab''c'", "''", "'Zürich'", "'x y'");
            case "flag" -> pick("true", "false", "'yes'", "'f'");
            case "tstz" -> pick("'2020-01-01 00:00:00+00'", "'2020-01-01'::timestamptz");
            case "ts" -> pick("'2020-01-01 10:00:00'", "'2021-06-30 23:59:59.5'", "'2020-01-01'");
            case "day" -> pick("'2020-01-01'", "'2024-02-29'", "'20200101'");
            case "dbl" -> pick("1.5", "0", "'2.50'", "-3");
            case "id" -> pick("'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'", "'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'");
            case "js" -> pick("'{}'", "'[]'", "'{\"b\": 1, \"a\": [true, null]}'", "'{\"a\":1}'::jsonb");
            case "iv" -> pick("'1 day'", "'24 hours'::interval", "'P1Y2M'", "interval '90 minutes'");
            case "arr" -> pick("'{}'", "'{a,b}'", "ARRAY['x']", "'{\"q r\"}'::text[]");
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** A condition over the table's columns. */
    private String condition(Map<String, Kind> columns, List<String> names, int depth) {
        String column = names.get(random.nextInt(names.size()));
        String kind = columns.get(column).sqlName();
        if (depth > 0 && random.nextInt(4) == 0) {
            return "(" + condition(columns, names, depth - 1) + " " + pick("and", "or") + " " + condition(columns, names, depth - 1) + ")";
        }
        return switch (kind) {
            case "int", "big" -> any(() -> column + " " + pick(">", ">=", "<>", "=") + " " + constant(kind),
                    () -> column + " between 0 and 100", () -> column + " in (1, 2, 3)", () -> column + " is not null",
                    () -> "(" + column + " + 1) > 0", () -> column + " between 0 and 9 and " + column + " <> 5",
                    () -> "fuzz_twice(" + column + "::integer) > 0");
            case "num", "dbl" -> any(() -> column + " >= 0", () -> column + " < 1000.5", () -> column + " between 0 and 10");
            case "str", "txt" -> any(() -> column + " in ('a', 'b', 'c')", () -> "length(" + column + ") < 30",
                    () -> column + " <> ''", () -> column + " like 'x%'", () -> "lower(" + column + ") = 'a'",
                    () -> column + " ~ '^a'", () -> "fuzz_twice(length(" + column + ")) < 60",
                    () -> column + " not in ('x', 'y') and " + column + " <> 'z'");
            case "flag" -> any(() -> column + " = true", () -> column + " is not null", () -> "not " + column);
            case "tstz", "ts" -> any(() -> column + " > '2000-01-01'", () -> column + " < now()", () -> column + " is not null");
            case "day" -> any(() -> column + " >= '2000-01-01'", () -> column + " < current_date",
                    () -> column + " between '2000-01-01' and '2100-01-01' and " + column + " <> '2020-01-01'");
            case "js" -> any(() -> "jsonb_typeof(" + column + ") = 'object'", () -> column + " ? 'a'", () -> column + " <> '[]'");
            case "iv" -> any(() -> column + " > '0'", () -> column + " < '1 year'::interval");
            case "arr" -> any(() -> "cardinality(" + column + ") < 5", () -> "'a' = any(" + column + ")", () -> column + " <> '{}'");
            default -> column + " is not null";
        };
    }

    /** Drops every expression PostgreSQL refuses: a generator's mistake, which the entities must not carry. */
    private static void keepWhatPostgresAccepts(TestDatabase probe, List<Table> tables) throws SQLException {
        try (Connection connection = probe.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute(USER_FUNCTION);
            for (Table table : tables) {
                List<String> columns = new ArrayList<>();
                columns.add("\"id\" bigint PRIMARY KEY");
                table.columns().forEach((name, kind) -> columns.add("\"" + name + "\" " + kind.sqlType()));
                columns.add("\"qty\" integer");
                columns.add("\"price\" numeric(12,2)");
                statement.execute("CREATE TABLE \"" + table.name() + "\" (" + String.join(", ", columns) + ")");
                if (!accepted(connection, "ALTER TABLE \"" + table.name() + "\" ADD COLUMN \"total\" numeric GENERATED ALWAYS AS ("
                        + table.generated()[0] + ") STORED")) {
                    table.generated()[0] = null;
                }
                table.defaults().entrySet().removeIf(entry -> !accepted(connection, "ALTER TABLE \"" + table.name()
                        + "\" ALTER COLUMN \"" + entry.getKey() + "\" SET DEFAULT " + entry.getValue()));
                table.checks().entrySet().removeIf(entry -> !accepted(connection, "ALTER TABLE \"" + table.name()
                        + "\" ADD CONSTRAINT \"" + entry.getKey() + "\" CHECK (" + entry.getValue() + ")"));
            }
            connection.commit();
        }
    }

    private static SchemaModel read(Connection connection) throws SQLException {
        return new PostgresIntrospector(connection).read(new IntrospectionOptions(List.of("public"), List.of(), false));
    }

    private static boolean accepted(Connection connection, String sql) {
        try (Statement statement = connection.createStatement()) {
            Savepoint savepoint = connection.setSavepoint();
            try {
                statement.execute(sql);
                return true;
            } catch (SQLException e) {
                connection.rollback(savepoint);
                return false;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String defaultOf(TableDef table, String column) {
        return table.columns().stream().filter(c -> c.name().equals(column)).findFirst().map(ColumnDef::defaultExpression).orElse("(no column)");
    }

    private static String generatedOf(TableDef table) {
        return table.columns().stream().filter(c -> c.name().equals("total")).findFirst().map(ColumnDef::generatedExpression)
                .orElse("(no column)");
    }

    private static String checkOf(TableDef table, String name) {
        return table.checks().stream().filter(c -> c.name().equals(name)).findFirst().map(CheckDef::expression).orElse("(no check)");
    }

    private void compile(List<Table> tables) throws IOException {
        Path sources = project.resolve("src/" + PACKAGE.replace('.', '/'));
        Files.createDirectories(sources);
        List<String> arguments = new ArrayList<>(List.of("-d", project.resolve("classes").toString(),
                "-classpath", System.getProperty("java.class.path"), "-proc:none"));
        for (Table table : tables) {
            String className = "Fuzz" + table.name().substring("fuzz_".length());
            StringBuilder source = new StringBuilder("package " + PACKAGE + ";\n\n@jakarta.persistence.Entity\n"
                    + "@jakarta.persistence.Table(name = \"" + table.name() + "\")\n");
            table.checks().forEach((name, sql) -> source.append("@org.hibernate.annotations.Check(name = \"").append(name)
                    .append("\", constraints = \"").append(javaString(sql)).append("\")\n"));
            source.append("public class ").append(className).append(" {\n    @jakarta.persistence.Id\n    private Long id;\n")
                    .append("    private Integer qty;\n    @jakarta.persistence.Column(precision = 12, scale = 2)\n")
                    .append("    private java.math.BigDecimal price;\n");
            if (table.generated()[0] != null) {
                source.append("    @org.hibernate.annotations.GeneratedColumn(\"").append(javaString(table.generated()[0]))
                        .append("\")\n    @jakarta.persistence.Column(columnDefinition = \"numeric\")\n")
                        .append("    private java.math.BigDecimal total;\n");
            }
            table.columns().forEach((name, kind) -> {
                String sql = table.defaults().get(name);
                if (sql != null) source.append("    @org.hibernate.annotations.ColumnDefault(\"").append(javaString(sql)).append("\")\n");
                source.append("    @jakarta.persistence.Column(name = \"").append(name).append('"').append(kind.columnAttributes())
                        .append(")\n    private ").append(kind.javaType()).append(' ').append(name.replace("_", "")).append(";\n");
            });
            source.append("}\n");
            Path file = sources.resolve(className + ".java");
            Files.writeString(file, source);
            arguments.add(file.toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, compiler.run(null, null, null, arguments.toArray(String[]::new)), "the entities compile");
    }

    private static String javaString(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private Migrata workflow(TestDatabase db) throws IOException {
        Files.createDirectories(project.resolve("migrations/versions"));
        DataSource dataSource = db.dataSource();
        String devUrl = db.serverUrlWithCredentials();
        return Migrata.configure()
                .projectDirectory(project)
                .environment(Map.of())
                .dataSource(dataSource)
                .set(Setting.ENTITIES_PACKAGES, PACKAGE)
                .set(Setting.ENTITIES_CLASSPATH, project.resolve("classes").toString())
                .set(Setting.DEV_URL, devUrl)
                .listener(line -> { })
                .load();
    }
}
