package io.migrata.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrata.introspect.IntrospectionOptions;
import io.migrata.introspect.PostgresIntrospector;
import io.migrata.runner.load.MigrationSource;
import io.migrata.schema.SchemaModel;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text holding a quote, a backslash and a newline, in an enum label, a column default, comments and
 * a view body, is what the catalog holds afterwards, whether the sessions applying it have
 * {@code standard_conforming_strings} on or off (a database setting here), online and through an
 * offline script run by psql; and the introspector reads the same model from all four databases.
 */
@ExtendWith(PostgresExtension.class)
class StringLiteralsTest {

    private static final String TEXT = "it's a \\ and\na newline";

    @TempDir
    Path project;

    @Test
    void textWithQuotesBackslashesAndNewlinesArrivesWhateverTheSessionSays(TestDatabase onlineOn, TestDatabase onlineOff,
                                                                           TestDatabase offlineOn, TestDatabase offlineOff)
            throws Exception {
        Path versions = project.resolve("versions");
        String literal = MigrationFile.literal(TEXT);
        String standardLiteral = "'" + TEXT.replace("'", "''") + "'";
        MigrationFile.of("001_notes").message(TEXT)
                .upCode("op.createEnum(enumType(\"mood\", " + literal + ", \"plain\"));")
                .upCode("op.createTable(\"notes\", column(\"id\", integer()).notNull(),"
                        + " column(\"body\", text()).defaultTo(" + MigrationFile.literal(standardLiteral + "::text") + ")"
                        + ".comment(" + literal + "), column(\"mood\", type(\"mood\")), primaryKey(\"id\"),"
                        + " tableComment(" + literal + "));")
                .upCode("op.createView(view(\"notes_view\", " + MigrationFile.literal("SELECT " + standardLiteral
                        + "::text AS t") + "));")
                .downCode("op.dropView(\"notes_view\");")
                .downCode("op.dropTable(\"notes\");")
                .downCode("op.dropEnum(\"mood\");")
                .writeTo(versions);
        for (TestDatabase db : List.of(onlineOff, offlineOff)) {
            db.execute("ALTER DATABASE \"" + db.name() + "\" SET standard_conforming_strings = off");
            assertEquals("off", strings(db, "SELECT current_setting('standard_conforming_strings')").get(0));
        }

        for (TestDatabase db : List.of(onlineOn, onlineOff)) migrator(versions, db).upgrade("head");
        String script = migrator(versions, null).upgradeSql("head");
        for (TestDatabase db : List.of(offlineOn, offlineOff)) Psql.run(db, project, script);

        SchemaModel reference = model(onlineOn);
        for (TestDatabase db : List.of(onlineOn, onlineOff, offlineOn, offlineOff)) {
            String which = db.name();
            assertEquals(List.of(TEXT, "plain"), strings(db, "SELECT e.enumlabel FROM pg_enum e JOIN pg_type t"
                    + " ON t.oid = e.enumtypid WHERE t.typname = 'mood' ORDER BY e.enumsortorder"), which);
            db.execute("INSERT INTO notes (id) VALUES (1)");
            assertEquals(List.of(TEXT), strings(db, "SELECT body FROM notes"), which);
            assertEquals(List.of(TEXT), strings(db, "SELECT obj_description('notes'::regclass, 'pg_class')"), which);
            assertEquals(List.of(TEXT), strings(db, "SELECT col_description('notes'::regclass, 2)"), which);
            assertEquals(List.of(TEXT), strings(db, "SELECT t FROM notes_view"), which);
            assertEquals(List.of("001_notes"), strings(db, "SELECT version_num FROM migrata_version"), which);
            assertEquals(reference, model(db), which);
        }
        assertEquals(List.of("off"), strings(onlineOff, "SELECT current_setting('standard_conforming_strings')"));
    }

    private Migrator migrator(Path versions, TestDatabase db) {
        return new Migrator(MigratorConfig.of(MigrationSource.directory(versions), db == null ? null : db::connect)
                .withCacheDirectory(project.resolve(".migrata")));
    }

    private static SchemaModel model(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            return new PostgresIntrospector(connection).read(IntrospectionOptions.schemas("public"));
        }
    }

    private static List<String> strings(TestDatabase db, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) values.add(rows.getString(1));
        }
        return values;
    }
}
