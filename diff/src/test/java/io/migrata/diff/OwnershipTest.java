package io.migrata.diff;

import static io.migrata.diff.Models.fk;
import static io.migrata.diff.Models.keyed;
import static io.migrata.diff.Models.model;
import static io.migrata.diff.Models.name;
import static io.migrata.diff.Models.notNull;
import static io.migrata.diff.Models.nullable;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrata.schema.IndexDef;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.SequenceOptions;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;
import io.migrata.schema.op.AddColumn;
import io.migrata.schema.op.DropColumn;
import io.migrata.schema.op.DropConstraint;
import io.migrata.schema.op.DropIndex;
import io.migrata.schema.op.DropTable;
import io.migrata.schema.op.OpApplier;
import io.migrata.schema.op.SchemaOp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What is not Migrata's is left alone, what is gets dropped, and the filter hides objects from both sides. */
class OwnershipTest {

    private static final IndexDef BY_EMAIL = IndexDef.on("users_email_idx", false, "email");
    private static final TableDef USERS = keyed("users", nullable("email", "text"), nullable("legacy_flag", "boolean"))
            .withIndexes(List.of(BY_EMAIL));
    private static final TableDef LOCKS = TableDef.of(name("shedlock"), List.of(notNull("name", "text"), nullable("lock_until", "timestamp")));
    private static final TableDef MAPPED_USERS = keyed("users", nullable("email", "text"), nullable("phone", "text"));

    private static DiffResult diff(SchemaModel from, SchemaModel to, Ownership ownership) {
        DiffResult result = SchemaDiff.between(from, to, DiffOptions.defaults().withOwnership(ownership));
        SchemaModel applied = OpApplier.apply(from, result.ops());
        assertEquals(List.of(), SchemaDiff.between(applied, to, DiffOptions.defaults().withOwnership(ownership)).ops(),
                "the ops reach the entities wherever they are Migrata's");
        return result;
    }

    private static List<String> unmanaged(DiffResult result) {
        return result.unmanaged().stream().map(UnmanagedObject::describe).toList();
    }

    @Test
    void withNoHistoryNothingTheEntitiesLackIsDropped() {
        DiffResult result = diff(model(USERS, LOCKS), model(MAPPED_USERS), Ownership.of(SchemaModel.empty(), SchemaModel.empty()));

        assertEquals(List.of(new AddColumn(name("users"), nullable("phone", "text"))), result.ops());
        assertEquals(List.of("table public.shedlock", "column legacy_flag of public.users", "index users_email_idx on public.users"),
                unmanaged(result));
    }

    @Test
    void whatTheHistoryCreatedIsDroppedAndWhatABaselineAdoptedIsNot() {
        TableDef orders = keyed("orders", notNull("user_id", "bigint")).withForeignKeys(List.of(fk("orders_user_fk", "user_id", "users")));
        SchemaModel database = model(USERS, orders);
        SchemaModel baseline = model(USERS);

        DiffResult result = diff(database, model(MAPPED_USERS), Ownership.of(database, baseline));

        assertEquals(List.of(new DropTable(orders), new AddColumn(name("users"), nullable("phone", "text"))), result.ops());
        assertEquals(List.of("column legacy_flag of public.users", "index users_email_idx on public.users"), unmanaged(result));
    }

    @Test
    void aColumnAddedAfterTheBaselineIsMigratasOnAnAdoptedTable() {
        TableDef laterPhone = USERS.withColumns(List.of(notNull("id", "bigint"), nullable("email", "text"),
                nullable("legacy_flag", "boolean"), nullable("phone", "text")));
        DiffResult result = diff(model(laterPhone), model(keyed("users", nullable("email", "text"))),
                Ownership.of(model(laterPhone), model(USERS)));

        assertEquals(List.of(new DropColumn(name("users"), nullable("phone", "text"))), result.ops());
        assertEquals(List.of("column legacy_flag of public.users", "index users_email_idx on public.users"), unmanaged(result));
    }

    @Test
    void aColumnOfARenamedTableStaysMigratasSoItsRenameIsACandidate() {
        TableDef people = keyed("people", nullable("email", "text"), nullable("legacy_flag", "boolean"));
        TableDef renamed = keyed("members", nullable("email", "text"), nullable("flag", "boolean"));
        DiffOptions tableRenamed = DiffOptions.defaults().withOwnership(Ownership.of(model(people), SchemaModel.empty()))
                .withRename("table people -> members");

        DiffResult result = SchemaDiff.between(model(people), model(renamed), tableRenamed);

        assertEquals(List.of(), unmanaged(result));
        assertEquals(List.of(RenameCandidate.column(name("members"), "legacy_flag", "flag")), result.renameCandidates());
    }

    @Test
    void theUserSaysWhatIsMigratasByPattern() {
        DiffResult result = diff(model(USERS, LOCKS), model(USERS), Ownership.of(SchemaModel.empty(), SchemaModel.empty())
                .managing("shed*"));
        assertEquals(List.of(new DropTable(LOCKS)), result.ops());
        assertEquals(List.of(), result.unmanaged());
    }

    @Test
    void whatCannotStandWithoutADroppedObjectGoesWithIt() {
        TableDef plans = keyed("plans");
        TableDef legacy = keyed("legacy_orders", nullable("plan_id", "bigint"))
                .withForeignKeys(List.of(fk("legacy_orders_plan_fk", "plan_id", "plans")));
        TableDef users = keyed("users", nullable("email", "text")).withIndexes(List.of(BY_EMAIL));
        SchemaModel database = model(users, plans, legacy);
        // The history created users.email and plans; the index on email and legacy_orders came from elsewhere.
        SchemaModel created = model(keyed("users", nullable("email", "text")), plans);

        DiffResult result = diff(database, model(keyed("users")), Ownership.of(created, SchemaModel.empty()));

        List<SchemaOp> ops = result.ops();
        assertEquals(List.of(new DropConstraint(name("legacy_orders"), legacy.foreignKeys().get(0)), new DropTable(plans),
                new DropIndex(name("users"), BY_EMAIL, false), new DropColumn(name("users"), nullable("email", "text"))), ops);
        assertEquals(List.of("table public.legacy_orders"), unmanaged(result));
    }

    @Test
    void aSequenceOwnedByAKeptTableStaysWithIt() {
        SqlType bigint = SqlType.of("bigint");
        SequenceDef lockSequence = new SequenceDef(name("shedlock_id_seq"), bigint, SequenceOptions.defaultsFor(bigint),
                new io.migrata.schema.ColumnRef(name("shedlock"), "name"), null);
        SchemaModel database = model(USERS, LOCKS).withSequences(List.of(lockSequence));
        DiffResult result = diff(database, model(USERS), Ownership.of(SchemaModel.empty(), SchemaModel.empty()));
        assertEquals(List.of(), result.ops());
        assertEquals(List.of("table public.shedlock", "sequence public.shedlock_id_seq"), unmanaged(result));
    }

    @Test
    void everythingIsMigratasInAPlainComparison() {
        DiffResult result = SchemaDiff.between(model(USERS, LOCKS), model(USERS));
        assertEquals(List.of(new DropTable(LOCKS)), result.ops());
        assertEquals(List.of(), result.unmanaged());
    }

    @Test
    void filteredObjectsAreInvisibleOnBothSides() {
        TableDef scratch = keyed("tmp_import");
        DiffOptions options = DiffOptions.defaults().withFilter(ObjectFilter.everything().excluding("shedlock", "tmp_*"));
        assertEquals(List.of(), SchemaDiff.between(model(USERS, LOCKS), model(USERS, scratch), options).ops());

        DiffOptions onlyUsers = DiffOptions.defaults().withFilter(ObjectFilter.everything().including("public.us*"));
        assertEquals(List.of(), SchemaDiff.between(model(USERS, LOCKS), model(USERS, scratch), onlyUsers).ops());
        assertEquals(3, SchemaDiff.between(model(USERS, LOCKS), model(MAPPED_USERS), onlyUsers).ops().size(),
                "what the filter covers is compared as ever: legacy_flag and its index go, phone comes");
    }
}
