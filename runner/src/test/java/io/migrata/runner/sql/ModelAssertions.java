package io.migrata.runner.sql;

import static org.junit.jupiter.api.Assertions.fail;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Model equality with a failure message that shows only the parts that differ. */
final class ModelAssertions {

    private ModelAssertions() {
    }

    static void assertModelEquals(SchemaModel expected, SchemaModel actual, String what) {
        if (expected.equals(actual)) return;
        fail(what + " differs:\n" + String.join("\n", differences(expected, actual)));
    }

    static List<String> differences(SchemaModel expected, SchemaModel actual) {
        List<String> lines = new ArrayList<>();
        if (!expected.schemas().equals(actual.schemas())) {
            lines.add("schemas: expected " + expected.schemas() + ", actual " + actual.schemas());
        }
        for (TableDef table : expected.tables()) {
            actual.table(table.name()).filter(other -> !other.equals(table))
                    .ifPresent(other -> lines.addAll(tableDifferences(table, other)));
        }
        List<Object> wanted = objects(expected);
        List<Object> found = objects(actual);
        wanted.stream().filter(o -> !found.contains(o) && !changedTable(o, actual))
                .forEach(o -> lines.add("expected: " + o));
        found.stream().filter(o -> !wanted.contains(o) && !changedTable(o, expected))
                .forEach(o -> lines.add("actual:   " + o));
        return lines;
    }

    private static boolean changedTable(Object object, SchemaModel other) {
        return object instanceof TableDef table && other.table(table.name()).isPresent();
    }

    private static List<String> tableDifferences(TableDef expected, TableDef actual) {
        List<String> lines = new ArrayList<>();
        String prefix = "table " + expected.name() + " ";
        parts(lines, prefix, byName(expected.columns()), byName(actual.columns()));
        parts(lines, prefix, Stream.ofNullable(expected.primaryKey()).toList(), Stream.ofNullable(actual.primaryKey()).toList());
        parts(lines, prefix, expected.uniques(), actual.uniques());
        parts(lines, prefix, expected.checks(), actual.checks());
        parts(lines, prefix, expected.foreignKeys(), actual.foreignKeys());
        parts(lines, prefix, expected.indexes(), actual.indexes());
        if (!Objects.equals(expected.comment(), actual.comment())) {
            lines.add(prefix + "comment: expected " + expected.comment() + ", actual " + actual.comment());
        }
        return lines;
    }

    private static <T> void parts(List<String> lines, String prefix, List<T> expected, List<T> actual) {
        expected.stream().filter(p -> !actual.contains(p)).forEach(p -> lines.add(prefix + "expected: " + p));
        actual.stream().filter(p -> !expected.contains(p)).forEach(p -> lines.add(prefix + "actual:   " + p));
    }

    private static List<ColumnDef> byName(List<ColumnDef> columns) {
        return columns.stream().sorted(Comparator.comparing(ColumnDef::name)).toList();
    }

    private static List<Object> objects(SchemaModel model) {
        return Stream.of(model.tables().stream(), model.enums().stream(), model.sequences().stream(), model.views().stream())
                .flatMap(s -> s.map(Object.class::cast))
                .toList();
    }
}
