package io.migrata.introspect;

import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;
import io.migrata.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Loads the SQL fixtures under {@code src/test/resources/fixtures} and introspects the result. */
final class Fixtures {

    private Fixtures() {
    }

    static String sql(String fixture) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + fixture)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + fixture);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the fixture in the database, then reads every user schema. */
    static SchemaModel load(TestDatabase db, String fixture) throws SQLException {
        db.execute(sql(fixture));
        return read(db, IntrospectionOptions.allSchemas());
    }

    static SchemaModel read(TestDatabase db, IntrospectionOptions options) throws SQLException {
        try (Connection connection = db.connect()) {
            return new PostgresIntrospector(connection).read(options);
        }
    }

    static int serverMajor(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            return connection.getMetaData().getDatabaseMajorVersion();
        }
    }

    /** What the server prints for a view, with the search path the introspector uses. */
    static String viewDefinition(TestDatabase db, String view) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET search_path = pg_catalog");
            try (ResultSet row = statement.executeQuery("SELECT pg_get_viewdef('" + view + "'::regclass, true)")) {
                row.next();
                return row.getString(1);
            }
        }
    }

    static TableDef table(SchemaModel model, String schema, String name) {
        return model.table(QualifiedName.of(schema, name))
                .orElseThrow(() -> new AssertionError("no table " + schema + "." + name + " in " + model.tables()));
    }
}
