package io.migrata.runner.load;

import static io.migrata.schema.migration.Schema.column;
import static io.migrata.schema.migration.Schema.primaryKey;
import static io.migrata.schema.migration.Types.bigint;
import static io.migrata.schema.migration.Types.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.runner.checksum.RevisionChecksum;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SqlType;
import io.migrata.schema.migration.Migration;
import io.migrata.schema.migration.Operations;
import io.migrata.schema.migration.Revision;
import io.migrata.schema.op.AddColumn;
import io.migrata.schema.op.DropColumn;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Short forms read their definitions from the schema the revision's history leaves, with no database. */
class HistoryReplayTest {

    @Revision(id = "001_users")
    static final class CreateUsers implements Migration {
        public void upgrade(Operations op) {
            op.createTable("users", column("id", bigint()).notNull(), column("phone", varchar(20)), primaryKey("id"));
        }

        public void downgrade(Operations op) {
            op.dropTable("users");
        }
    }

    @Revision(id = "001_users")
    static final class CreateUsersWithLongerPhones implements Migration {
        public void upgrade(Operations op) {
            op.createTable("users", column("id", bigint()).notNull(), column("phone", varchar(32)), primaryKey("id"));
        }

        public void downgrade(Operations op) {
            op.dropTable("users");
        }
    }

    @Revision(id = "001_users")
    static final class CreateUsersBySql implements Migration {
        public void upgrade(Operations op) {
            op.execute("CREATE TABLE users (id bigint PRIMARY KEY, phone varchar(20))", "DROP TABLE users");
        }

        public void downgrade(Operations op) {
            op.execute("DROP TABLE users", "CREATE TABLE users (id bigint PRIMARY KEY, phone varchar(20))");
        }
    }

    @Revision(id = "002_drop_phone", parents = "001_users")
    static final class DropPhone implements Migration {
        public void upgrade(Operations op) {
            op.dropColumn("users", "phone");
        }

        public void downgrade(Operations op) {
            op.addColumn("users", column("phone", varchar(20)));
        }
    }

    @Revision(id = "001_users", baseline = true)
    static final class BaselineUsers implements Migration {
        public void upgrade(Operations op) {
            op.createTable("users", column("id", bigint()).notNull(), column("phone", varchar(20)), primaryKey("id"));
        }

        public void downgrade(Operations op) {
            op.dropTable("users");
        }
    }

    @Revision(id = "002_orders", parents = "001_users")
    static final class CreateOrdersAndEmail implements Migration {
        public void upgrade(Operations op) {
            op.createTable("orders", column("id", bigint()).notNull(), primaryKey("id"));
            op.addColumn("users", column("email", varchar(200)));
            op.execute("CREATE TABLE audit (id int)", "DROP TABLE audit");
        }

        public void downgrade(Operations op) {
            op.dropColumn("users", "email");
            op.dropTable("orders");
        }
    }

    @Test
    void theHistorysSchemaAndWhatItsBaselineAdoptedAreKnownWithoutADatabase() {
        HistoryReplay replay = new HistoryReplay(new MigrationLoader(null)
                .load(MigrationSource.classes(BaselineUsers.class, CreateOrdersAndEmail.class)), "public");
        QualifiedName users = QualifiedName.of("public", "users");

        assertTrue(replay.migrations().get("001_users").node().baseline());
        assertEquals(List.of(users), replay.adoptedAt(List.of("002_orders")).tables().stream().map(t -> t.name()).toList());
        assertEquals(List.of("id", "phone"), replay.adoptedAt(List.of("002_orders")).table(users).orElseThrow().columns()
                .stream().map(ColumnDef::name).toList());
        var head = replay.schemaAt(List.of("002_orders")).orElseThrow();
        assertEquals(List.of("orders", "users"), head.tables().stream().map(t -> t.name().name()).toList(),
                "the audit table made by SQL is not followed");
        assertEquals(List.of("id", "phone", "email"), head.table(users).orElseThrow().columns().stream().map(ColumnDef::name).toList());
        assertEquals(List.of(), replay.schemaAt(List.of()).orElseThrow().tables());
        assertEquals(List.of(), replay(CreateUsers.class).adoptedAt(List.of("002_drop_phone")).tables(), "no baseline, nothing adopted");
    }

    @Test
    void aReplayThatLostTrackHasNoSchema() {
        assertTrue(replay(CreateUsersBySql.class).schemaAt(List.of("002_drop_phone")).isEmpty());
    }

    private static HistoryReplay replay(Class<? extends Migration> first) {
        return new HistoryReplay(new MigrationLoader(null).load(MigrationSource.classes(first, DropPhone.class)), "public");
    }

    @Test
    void aShortFormGetsTheDefinitionItsHistoryCreated() {
        HistoryReplay replay = replay(CreateUsers.class);
        QualifiedName users = QualifiedName.of("public", "users");
        ColumnDef phone = ColumnDef.of("phone", SqlType.of("character varying(20)"));
        assertEquals(List.of(new DropColumn(users, phone)), replay.upgradeOps("002_drop_phone"));
        assertEquals(List.of(new AddColumn(users, phone)), replay.downgradeOps("002_drop_phone"));
        assertEquals(1, replay.downgradeOps("001_users").size(), "the short dropTable reads the created table");
    }

    @Test
    void editingAnEarlierDefinitionChangesWhatALaterShortFormDoes() {
        String before = RevisionChecksum.of(replay(CreateUsers.class), "002_drop_phone");
        String after = RevisionChecksum.of(replay(CreateUsersWithLongerPhones.class), "002_drop_phone");
        assertNotEquals(before, after);
        assertEquals(before, RevisionChecksum.of(replay(CreateUsers.class), "002_drop_phone"));
    }

    @Test
    void aShortFormOnAnObjectMadeBySqlAsksForTheFullDefinition() {
        HistoryReplay replay = replay(CreateUsersBySql.class);
        InvalidMigrationException error = assertThrows(InvalidMigrationException.class, () -> replay.upgradeOps("002_drop_phone"));
        assertTrue(error.getMessage().startsWith("revision 002_drop_phone"), error.getMessage());
        assertTrue(error.getMessage().contains("upgrade() threw NotInLiveSchemaException"), error.getMessage());
        assertTrue(RevisionChecksum.canonicalText(replay, "002_drop_phone").contains("throws io.migrata.schema.migration.NotInLiveSchemaException"));
    }
}
