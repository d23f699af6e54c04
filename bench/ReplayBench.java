import io.migrata.schema.ColumnDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;
import io.migrata.schema.op.CreateTable;
import io.migrata.schema.op.OpApplier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times the in-memory replay of one revision of CreateTable ops (each table with a primary key
 * and a foreign key to the one before it) at two sizes, in one JVM. The smaller size is the
 * reference: a replay linear in the number of tables gives a ratio near the size ratio, a
 * quadratic one near its square. Run it with bench/replay.sh.
 */
public final class ReplayBench {

    private static final int REFERENCE = 500;
    private static final int LARGE = 5000;
    private static final int RUNS = 3;

    public static void main(String[] args) {
        replay(REFERENCE);
        double reference = best(REFERENCE);
        double large = best(LARGE);
        System.out.printf(Locale.ROOT, "%-28s %10s%n", "replay", "best ms");
        System.out.printf(Locale.ROOT, "%-28s %10.1f%n", REFERENCE + " tables (reference)", reference);
        System.out.printf(Locale.ROOT, "%-28s %10.1f%n", LARGE + " tables", large);
        System.out.printf(Locale.ROOT, "ratio %.1f for %dx the tables%n", large / reference, LARGE / REFERENCE);
    }

    private static double best(int tables) {
        double best = Double.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            replay(tables);
            best = Math.min(best, (System.nanoTime() - start) / 1e6);
        }
        return best;
    }

    private static SchemaModel replay(int tables) {
        SqlType bigint = SqlType.of("bigint");
        List<CreateTable> ops = new ArrayList<>();
        for (int i = 0; i < tables; i++) {
            QualifiedName name = QualifiedName.of("bench", "t" + i);
            TableDef table = TableDef.of(name, List.of(ColumnDef.of("id", bigint).withNullable(false), ColumnDef.of("parent_id", bigint)))
                    .withPrimaryKey(new PrimaryKeyDef("t" + i + "_pkey", List.of("id")));
            if (i > 0) {
                table = table.withForeignKeys(List.of(ForeignKeyDef.of("t" + i + "_parent_fkey", List.of("parent_id"),
                        QualifiedName.of("bench", "t" + (i - 1)), List.of("id"))));
            }
            ops.add(new CreateTable(table));
        }
        SchemaModel start = SchemaModel.empty().withSchemas(List.of("bench"));
        SchemaModel end = OpApplier.apply(start, ops);
        if (end.tables().size() != tables) throw new IllegalStateException("replay lost tables");
        return end;
    }
}
