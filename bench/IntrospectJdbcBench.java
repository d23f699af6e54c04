import io.migrata.introspect.IntrospectionOptions;
import io.migrata.introspect.PostgresIntrospector;
import io.migrata.introspect.jdbc.JdbcIntrospector;
import io.migrata.schema.SchemaModel;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Times the generic JDBC reader against the PostgreSQL reader on one schema of 1,000 tables (11
 * columns, a primary key, one more index, a foreign key and a CHECK each), in one JVM: the first
 * read of each is "cold", then both alternate for the warm runs. Run it with bench/introspect-jdbc.sh.
 */
public final class IntrospectJdbcBench {

    private static final String DATABASE = "migrata_bench_jdbc";
    private static final int TABLES = 1000;
    private static final int WARM_RUNS = 5;

    private interface Reader {
        SchemaModel read(Connection connection) throws SQLException;
    }

    public static void main(String[] args) throws Exception {
        String adminUrl = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
        String benchUrl = adminUrl.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + DATABASE);
        try (Connection admin = DriverManager.getConnection(adminUrl); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE);
        }
        try {
            try (Connection connection = DriverManager.getConnection(benchUrl); Statement statement = connection.createStatement()) {
                statement.execute(schemaSql());
            }
            IntrospectionOptions options = IntrospectionOptions.schemas("bench");
            Reader postgres = connection -> new PostgresIntrospector(connection).read(options);
            Reader jdbc = connection -> new JdbcIntrospector(connection).read(options);
            try (Connection connection = DriverManager.getConnection(benchUrl)) {
                double postgresCold = time(postgres, connection);
                double jdbcCold = time(jdbc, connection);
                List<Double> postgresWarm = new ArrayList<>();
                List<Double> jdbcWarm = new ArrayList<>();
                for (int run = 0; run < WARM_RUNS; run++) {
                    postgresWarm.add(time(postgres, connection));
                    jdbcWarm.add(time(jdbc, connection));
                }
                SchemaModel model = jdbc.read(connection);
                System.out.printf(Locale.ROOT, "%d tables, %d columns, %d indexes, %d foreign keys%n", model.tables().size(),
                        model.tables().stream().mapToInt(t -> t.columns().size()).sum(),
                        model.tables().stream().mapToInt(t -> t.indexes().size() + (t.primaryKey() == null ? 0 : 1)).sum(),
                        model.tables().stream().mapToInt(t -> t.foreignKeys().size()).sum());
                System.out.printf(Locale.ROOT, "%-20s %10s %12s %10s%n", "reader", "cold ms", "warm median", "warm min");
                report("PostgresIntrospector", postgresCold, postgresWarm);
                report("JdbcIntrospector", jdbcCold, jdbcWarm);
            }
        } finally {
            try (Connection admin = DriverManager.getConnection(adminUrl); Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            }
        }
    }

    private static String schemaSql() {
        return """
                CREATE SCHEMA bench;
                DO $$
                BEGIN
                  FOR i IN 1..%d LOOP
                    EXECUTE format('CREATE TABLE bench.t%%s (
                        id bigint PRIMARY KEY, parent_id bigint, name varchar(100) NOT NULL, code char(8),
                        amount numeric(12,2) DEFAULT 0, ratio double precision, active boolean NOT NULL DEFAULT true,
                        created_at timestamptz NOT NULL DEFAULT now(), payload jsonb, note text, version integer,
                        CONSTRAINT t%%s_amount_check CHECK (amount >= 0))', i, i);
                    EXECUTE format('CREATE INDEX t%%s_name_idx ON bench.t%%s (name)', i, i);
                    EXECUTE format('COMMENT ON TABLE bench.t%%s IS %%L', i, 'table ' || i);
                    IF i > 1 THEN
                      EXECUTE format('ALTER TABLE bench.t%%s ADD CONSTRAINT t%%s_parent_fk FOREIGN KEY (parent_id)
                          REFERENCES bench.t%%s (id)', i, i, i - 1);
                    END IF;
                  END LOOP;
                END $$;
                """.formatted(TABLES);
    }

    private static double time(Reader reader, Connection connection) throws SQLException {
        long start = System.nanoTime();
        SchemaModel model = reader.read(connection);
        double millis = (System.nanoTime() - start) / 1e6;
        if (model.tables().size() != TABLES) throw new IllegalStateException("read " + model.tables().size() + " tables");
        return millis;
    }

    private static void report(String reader, double cold, List<Double> warm) {
        List<Double> sorted = new ArrayList<>(warm);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%-20s %10.0f %12.0f %10.0f%n", reader, cold, sorted.get(sorted.size() / 2), sorted.get(0));
    }
}
