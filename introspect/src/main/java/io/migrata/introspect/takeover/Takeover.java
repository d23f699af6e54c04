package io.migrata.introspect.takeover;

import io.migrata.introspect.HistoryTableLayout;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the other migration tools of a database say before Migrata takes over from them: for each
 * history table found ({@link HistoryTableLayout}), where that tool has brought the database and
 * what makes taking over unsafe now. Only reads; the other tools' tables stay as they are.
 *
 * <pre>{@code
 * SchemaModel everything = new PostgresIntrospector(connection)
 *         .read(IntrospectionOptions.schemas("public").withOtherToolTables());
 * for (OtherToolHistory tool : Takeover.check(connection, everything, Path.of("."), OtherToolFiles.defaults())) {
 *     if (!tool.readyToTakeOver()) tool.problems().forEach(System.err::println);
 * }
 * }</pre>
 */
public final class Takeover {

    private Takeover() {
    }

    /**
     * @param model   the database read with its other tools' tables
     * @param project the directory the other tools' default places are in
     */
    public static List<OtherToolHistory> check(Connection connection, SchemaModel model, Path project, OtherToolFiles files)
            throws SQLException {
        Map<QualifiedName, HistoryTableLayout> tables = HistoryTableLayout.in(model);
        List<OtherToolHistory> found = new ArrayList<>();
        for (Map.Entry<QualifiedName, HistoryTableLayout> table : tables.entrySet()) {
            switch (table.getValue()) {
                case FLYWAY_HISTORY -> found.add(FlywayHistory.read(connection, table.getKey(), files.flyway(project)));
                case LIQUIBASE_CHANGELOG -> found.add(LiquibaseHistory.read(connection, table.getKey(),
                        lockBeside(tables, table.getKey()), files.liquibase(project)));
                case ALEMBIC_VERSION -> found.add(AlembicHistory.read(connection, table.getKey(), files.alembic(project)));
                case LIQUIBASE_LOCK -> {
                    // Read with its change log table.
                }
            }
        }
        return found;
    }

    /** The lock table in the same schema as a change log table (Liquibase keeps the two together). */
    private static QualifiedName lockBeside(Map<QualifiedName, HistoryTableLayout> tables, QualifiedName changelog) {
        return tables.entrySet().stream()
                .filter(e -> e.getValue() == HistoryTableLayout.LIQUIBASE_LOCK && e.getKey().schema().equals(changelog.schema()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }
}
