package io.migrata.runner.sql;

import io.migrata.introspect.IntrospectionOptions;
import io.migrata.introspect.PostgresIntrospector;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.op.SchemaOp;
import io.migrata.testing.TestDatabase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Reading and changing test databases: fixtures, introspection, rendered ops. */
final class Databases {

    private Databases() {
    }

    /** Every user schema of the database. */
    static SchemaModel read(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            return new PostgresIntrospector(connection).read(IntrospectionOptions.allSchemas());
        }
    }

    static SchemaModel load(TestDatabase db, String sql) throws SQLException {
        db.execute(sql);
        return read(db);
    }

    static void apply(TestDatabase db, PostgresSqlRenderer renderer, List<? extends SchemaOp> ops) throws SQLException {
        try (Connection connection = db.connect()) {
            StatementRunner.run(connection, renderer.render(ops));
        }
    }

    static int serverMajor(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            return connection.getMetaData().getDatabaseMajorVersion();
        }
    }

    static String resource(String path) {
        try (InputStream in = Databases.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalArgumentException("no test resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
