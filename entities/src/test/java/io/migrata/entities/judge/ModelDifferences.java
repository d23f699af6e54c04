package io.migrata.entities.judge;

import io.migrata.schema.CheckDef;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.EnumTypeDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.UniqueDef;
import io.migrata.schema.ViewDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A readable account of how two models differ: per table, the columns, constraints and indexes that
 * are only on one side or differ, then enum types and sequences. Empty when the models are equal.
 */
public final class ModelDifferences {

    private ModelDifferences() {
    }

    public static String describe(String leftName, SchemaModel left, String rightName, SchemaModel right) {
        List<String> lines = new ArrayList<>();
        if (!left.schemas().equals(right.schemas())) {
            lines.add("schemas: " + leftName + " " + left.schemas() + ", " + rightName + " " + right.schemas());
        }
        Map<QualifiedName, TableDef> leftTables = byName(left.tables(), TableDef::name);
        Map<QualifiedName, TableDef> rightTables = byName(right.tables(), TableDef::name);
        for (QualifiedName name : union(leftTables.keySet(), rightTables.keySet())) {
            TableDef l = leftTables.get(name);
            TableDef r = rightTables.get(name);
            if (l == null || r == null) {
                lines.add("table " + name + " only in " + (l == null ? rightName : leftName));
            } else if (!l.equals(r)) {
                lines.add("table " + name + ":");
                compare(lines, "column", byName(l.columns(), ColumnDef::name), byName(r.columns(), ColumnDef::name), leftName, rightName);
                if (!Objects.equals(l.primaryKey(), r.primaryKey())) {
                    lines.add("  primary key: " + leftName + " " + l.primaryKey() + " / " + rightName + " " + r.primaryKey());
                }
                compare(lines, "unique", byName(l.uniques(), UniqueDef::name), byName(r.uniques(), UniqueDef::name), leftName, rightName);
                compare(lines, "check", byName(l.checks(), CheckDef::name), byName(r.checks(), CheckDef::name), leftName, rightName);
                compare(lines, "foreign key", byName(l.foreignKeys(), ForeignKeyDef::name), byName(r.foreignKeys(), ForeignKeyDef::name),
                        leftName, rightName);
                compare(lines, "index", byName(l.indexes(), IndexDef::name), byName(r.indexes(), IndexDef::name), leftName, rightName);
                if (!Objects.equals(l.comment(), r.comment())) {
                    lines.add("  comment: " + leftName + " " + l.comment() + " / " + rightName + " " + r.comment());
                }
            }
        }
        compareTop(lines, "enum", byName(left.enums(), EnumTypeDef::name), byName(right.enums(), EnumTypeDef::name), leftName, rightName);
        compareTop(lines, "sequence", byName(left.sequences(), SequenceDef::name), byName(right.sequences(), SequenceDef::name),
                leftName, rightName);
        compareTop(lines, "view", byName(left.views(), ViewDef::name), byName(right.views(), ViewDef::name), leftName, rightName);
        return String.join("\n", lines);
    }

    private static <K extends Comparable<K>, V> void compare(List<String> lines, String kind, Map<K, V> left, Map<K, V> right,
                                                             String leftName, String rightName) {
        for (K key : union(left.keySet(), right.keySet())) {
            V l = left.get(key);
            V r = right.get(key);
            if (l == null) lines.add("  " + kind + " only in " + rightName + ": " + r);
            else if (r == null) lines.add("  " + kind + " only in " + leftName + ": " + l);
            else if (!l.equals(r)) lines.add("  " + kind + " " + key + "\n    " + leftName + ": " + l + "\n    " + rightName + ": " + r);
        }
    }

    private static <K extends Comparable<K>, V> void compareTop(List<String> lines, String kind, Map<K, V> left, Map<K, V> right,
                                                                String leftName, String rightName) {
        List<String> nested = new ArrayList<>();
        compare(nested, kind, left, right, leftName, rightName);
        nested.forEach(line -> lines.add(line.substring(2)));
    }

    private static <K extends Comparable<K>, V> Map<K, V> byName(List<V> values, Function<V, K> key) {
        return values.stream().collect(Collectors.toMap(key, v -> v, (a, b) -> a, TreeMap::new));
    }

    private static <K extends Comparable<K>> TreeSet<K> union(java.util.Set<K> a, java.util.Set<K> b) {
        TreeSet<K> all = new TreeSet<>(Comparator.naturalOrder());
        all.addAll(a);
        all.addAll(b);
        return all;
    }
}
