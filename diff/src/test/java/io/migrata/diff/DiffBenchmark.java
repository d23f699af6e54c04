package io.migrata.diff;

import io.migrata.schema.CheckDef;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.IdentityDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SequenceOptions;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;
import io.migrata.schema.UniqueDef;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Diff of two large models in one process (run by {@code bench/diff.sh}): TABLES tables of ten
 * columns, a primary key, a unique constraint, a check, an index and a foreign key each; the second
 * model changes one table in twenty (a column added, a type widened, an index redefined), drops
 * one in a hundred and adds as many. Prints the median of RUNS timed runs after as many warm-ups.
 *
 * <pre>java -cp … io.migrata.diff.DiffBenchmark [TABLES] [RUNS]</pre>
 */
public final class DiffBenchmark {

    private DiffBenchmark() {
    }

    public static void main(String[] args) {
        int tables = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        SchemaModel from = model(tables, false);
        SchemaModel to = model(tables, true);
        DiffResult result = null;
        for (int i = 0; i < runs; i++) result = SchemaDiff.between(from, to);
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = SchemaDiff.between(from, to);
            times[i] = System.nanoTime() - start;
        }
        long[] identical = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            if (!SchemaDiff.between(from, from).isEmpty()) throw new IllegalStateException("a model differs from itself");
            identical[i] = System.nanoTime() - start;
        }
        System.out.printf("tables: %d, runs: %d, ops: %d, hazards: %d%n", tables, runs, result.ops().size(),
                result.hazards().size());
        System.out.printf("diff of two models:        median %.1f ms (min %.1f, max %.1f)%n", median(times),
                millis(Arrays.stream(times).min().orElseThrow()), millis(Arrays.stream(times).max().orElseThrow()));
        System.out.printf("diff of a model with itself: median %.1f ms%n", median(identical));
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return millis(sorted[sorted.length / 2]);
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    static SchemaModel model(int count, boolean changed) {
        List<TableDef> tables = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (changed && i % 100 == 99) continue;
            tables.add(table(i, changed && i % 20 == 7));
        }
        if (changed) {
            for (int i = count; i < count + count / 100; i++) tables.add(table(i, false));
        }
        return SchemaModel.empty().withSchemas(List.of("public")).withTables(tables);
    }

    private static TableDef table(int i, boolean changed) {
        QualifiedName name = QualifiedName.of("public", "t" + i);
        SqlType bigint = SqlType.of("bigint");
        List<ColumnDef> columns = new ArrayList<>(List.of(
                new ColumnDef("id", bigint, false, null, new IdentityDef(IdentityDef.Generation.BY_DEFAULT,
                        SequenceOptions.defaultsFor(bigint)), null, null, null),
                ColumnDef.of("parent_id", bigint),
                ColumnDef.of("name", SqlType.of(changed ? "character varying(200)" : "character varying(100)")).withNullable(false),
                ColumnDef.of("code", SqlType.of("character(8)")),
                ColumnDef.of("amount", SqlType.of("numeric(12,2)")).withNullable(false).withDefault("0"),
                ColumnDef.of("ratio", SqlType.of("double precision")),
                ColumnDef.of("active", SqlType.of("boolean")).withNullable(false).withDefault("true"),
                ColumnDef.of("created_at", SqlType.of("timestamp with time zone")).withNullable(false).withDefault("now()"),
                ColumnDef.of("payload", SqlType.of("jsonb")),
                ColumnDef.of("tags", SqlType.of("text[]"))));
        if (changed) columns.add(ColumnDef.of("note", SqlType.of("text")));
        List<ForeignKeyDef> fks = i == 0 ? List.of() : List.of(ForeignKeyDef.of("t" + i + "_parent_id_fkey",
                List.of("parent_id"), QualifiedName.of("public", "t" + (i - 1)), List.of("id")));
        IndexDef index = new IndexDef("t" + i + "_name_idx",
                changed ? List.of(IndexKey.column("name"), IndexKey.column("created_at").desc())
                        : List.of(IndexKey.column("name")), false, false, "btree", List.of(), null);
        return new TableDef(name, columns, new PrimaryKeyDef("t" + i + "_pkey", List.of("id")),
                List.of(UniqueDef.of("t" + i + "_code_key", List.of("code"))),
                List.of(new CheckDef("t" + i + "_amount_check", "(amount >= (0)::numeric)")), fks, List.of(index), null);
    }
}
