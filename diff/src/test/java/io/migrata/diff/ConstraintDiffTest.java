package io.migrata.diff;

import io.migrata.schema.CheckDef;
import io.migrata.schema.Deferrability;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;
import io.migrata.schema.UniqueDef;
import io.migrata.schema.op.AddCheckConstraint;
import io.migrata.schema.op.AddForeignKey;
import io.migrata.schema.op.AddPrimaryKey;
import io.migrata.schema.op.AddUniqueConstraint;
import io.migrata.schema.op.AlterColumn;
import io.migrata.schema.op.CreateIndex;
import io.migrata.schema.op.DropConstraint;
import io.migrata.schema.op.DropIndex;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.migrata.diff.DiffAssert.assertDiff;
import static io.migrata.diff.HazardKind.*;
import static io.migrata.diff.Models.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConstraintDiffTest {

    private static final TableDef METERS = keyed("meters", notNull("user_id", "bigint"), nullable("serial", "text"),
            nullable("kind", "text"));

    private static SchemaModel meters(TableDef meters) {
        return model(USERS_TABLE, meters);
    }

    @Test
    void primaryKeyChangeIsDropAndAdd() {
        TableDef codes = TableDef.of(name("codes"), List.of(notNull("a", "text"), nullable("b", "text")))
                .withPrimaryKey(new PrimaryKeyDef("codes_pkey", List.of("a")));
        TableDef wider = codes.withColumn("b", c -> c.withNullable(false))
                .withPrimaryKey(new PrimaryKeyDef("codes_pkey", List.of("a", "b")));
        assertDiff(model(codes), model(wider))
                .up(new DropConstraint(codes.name(), codes.primaryKey()),
                        new AlterColumn(codes.name(), nullable("b", "text"), notNull("b", "text")),
                        new AddPrimaryKey(codes.name(), wider.primaryKey()))
                .down(new DropConstraint(codes.name(), wider.primaryKey()),
                        new AlterColumn(codes.name(), notNull("b", "text"), nullable("b", "text")),
                        new AddPrimaryKey(codes.name(), codes.primaryKey()))
                .hazards(BLOCKING_LOCK, MAY_FAIL_ON_EXISTING_DATA, BLOCKING_LOCK, MAY_FAIL_ON_EXISTING_DATA);
    }

    @Test
    void uniqueAddChangeDrop() {
        UniqueDef serial = UniqueDef.of("meters_serial_key", List.of("serial"));
        UniqueDef serialKind = new UniqueDef("meters_serial_key", List.of("serial", "kind"), true, Deferrability.NOT_DEFERRABLE);
        TableDef with = METERS.withUniques(List.of(serial));
        assertDiff(meters(METERS), meters(with))
                .up(new AddUniqueConstraint(METERS.name(), serial))
                .down(new DropConstraint(METERS.name(), serial))
                .hazards(BLOCKING_LOCK, MAY_FAIL_ON_EXISTING_DATA);
        assertDiff(meters(with), meters(METERS.withUniques(List.of(serialKind))))
                .up(new DropConstraint(METERS.name(), serial), new AddUniqueConstraint(METERS.name(), serialKind));
    }

    @Test
    void checkAddChangeDrop() {
        CheckDef positive = new CheckDef("meters_serial_check", "(serial <> ''::text)");
        CheckDef longer = new CheckDef("meters_serial_check", "(length(serial) > 3)");
        assertDiff(meters(METERS), meters(METERS.withChecks(List.of(positive))))
                .up(new AddCheckConstraint(METERS.name(), positive))
                .down(new DropConstraint(METERS.name(), positive))
                .hazards(BLOCKING_LOCK, MAY_FAIL_ON_EXISTING_DATA);
        assertDiff(meters(METERS.withChecks(List.of(positive))), meters(METERS.withChecks(List.of(longer))))
                .up(new DropConstraint(METERS.name(), positive), new AddCheckConstraint(METERS.name(), longer));
    }

    @Test
    void indexAnyPropertyChangeIsDropAndCreate() {
        IndexDef plain = IndexDef.on("meters_serial_idx", false, "serial");
        IndexDef partial = new IndexDef("meters_serial_idx", List.of(IndexKey.expression("lower(serial)").desc()), false,
                false, "btree", List.of("kind"), "(kind IS NOT NULL)");
        assertDiff(meters(METERS), meters(METERS.withIndexes(List.of(plain))))
                .up(new CreateIndex(METERS.name(), plain, false))
                .down(new DropIndex(METERS.name(), plain, false))
                .hazards(BLOCKING_LOCK);
        assertDiff(meters(METERS.withIndexes(List.of(plain))), meters(METERS.withIndexes(List.of(partial))))
                .up(new DropIndex(METERS.name(), plain, false), new CreateIndex(METERS.name(), partial, false));
    }

    @Test
    void concurrentIndexesOnExistingTables() {
        IndexDef unique = IndexDef.on("meters_serial_idx", true, "serial");
        assertDiff(meters(METERS), meters(METERS.withIndexes(List.of(unique))), DiffOptions.defaults().withConcurrentIndexes(true))
                .up(new CreateIndex(METERS.name(), unique, true))
                .down(new DropIndex(METERS.name(), unique, true))
                .hazards(MAY_FAIL_ON_EXISTING_DATA);
    }

    @Test
    void foreignKeyAnyPropertyChangeIsDropAndAdd() {
        ForeignKeyDef plain = ForeignKeyDef.of("meters_user_id_fkey", List.of("user_id"), USERS, List.of("id"));
        ForeignKeyDef cascade = new ForeignKeyDef("meters_user_id_fkey", List.of("user_id"), USERS, List.of("id"),
                ForeignKeyDef.Action.CASCADE, ForeignKeyDef.Action.NO_ACTION, false, Deferrability.DEFERRABLE_INITIALLY_DEFERRED);
        assertDiff(meters(METERS), meters(METERS.withForeignKeys(List.of(plain))))
                .up(new AddForeignKey(METERS.name(), plain))
                .down(new DropConstraint(METERS.name(), plain))
                .hazards(BLOCKING_LOCK, MAY_FAIL_ON_EXISTING_DATA);
        assertDiff(meters(METERS.withForeignKeys(List.of(plain))), meters(METERS.withForeignKeys(List.of(cascade))))
                .up(new DropConstraint(METERS.name(), plain), new AddForeignKey(METERS.name(), cascade))
                .down(new DropConstraint(METERS.name(), cascade), new AddForeignKey(METERS.name(), plain));
    }

    @Test
    void constraintsWithOtherNamesButTheSameDefinitionAreTheSame() {
        ForeignKeyDef database = ForeignKeyDef.of("fk_meters_user", List.of("user_id"), USERS, List.of("id"));
        ForeignKeyDef hibernate = ForeignKeyDef.of("fkk3lq0ivumrx2bm2ou7ptb5wf6", List.of("user_id"), USERS, List.of("id"));
        TableDef live = METERS.withForeignKeys(List.of(database))
                .withUniques(List.of(UniqueDef.of("meters_serial_key", List.of("serial"))))
                .withChecks(List.of(new CheckDef("meters_kind_check", "(kind <> ''::text)")))
                .withIndexes(List.of(IndexDef.on("meters_kind_idx", false, "kind")))
                .withPrimaryKey(new PrimaryKeyDef("meters_pkey", List.of("id")));
        TableDef entities = METERS.withForeignKeys(List.of(hibernate))
                .withUniques(List.of(UniqueDef.of("uk_meters_serial", List.of("serial"))))
                .withChecks(List.of(new CheckDef("meters_check", "(kind <> ''::text)")))
                .withIndexes(List.of(IndexDef.on("idx_meters_kind", false, "kind")))
                .withPrimaryKey(new PrimaryKeyDef("metersPK", List.of("id")));
        DiffResult result = SchemaDiff.between(meters(live), meters(entities));
        assertTrue(result.isEmpty(), () -> result.ops().toString());
        assertEquals(5, result.notes().size(), result.notes().toString());
        assertTrue(result.notes().contains("foreign key fk_meters_user on public.meters has the definition of"
                + " fkk3lq0ivumrx2bm2ou7ptb5wf6: the same foreign key, kept under its current name"), result.notes().toString());
    }

    @Test
    void keyUnderAnotherNameButOnTheSameColumnsIsTheSameKey() {
        TableDef renamedKey = USERS_TABLE.withPrimaryKey(new PrimaryKeyDef("users_id_pkey", List.of("id")));
        assertTrue(SchemaDiff.between(users(), model(renamedKey, ORDERS_TABLE)).isEmpty());
    }

    @Test
    void foreignKeyIsDroppedAndAddedAgainAroundTheKeyItReferences() {
        UniqueDef phoneKey = UniqueDef.of("users_phone_key", List.of("phone"));
        IndexDef phoneIndex = IndexDef.on("users_phone_idx", true, "phone");
        ForeignKeyDef byPhone = ForeignKeyDef.of("orders_phone_fkey", List.of("phone"), USERS, List.of("phone"));
        TableDef orders = ORDERS_TABLE.withColumns(List.of(notNull("id", "bigint"), notNull("user_id", "bigint"),
                notNull("total", "numeric(12,2)"), nullable("phone", "character varying(20)")))
                .withForeignKeys(List.of(ORDERS_USER_FK, byPhone));
        TableDef usersWithKey = USERS_TABLE.withUniques(List.of(USERS_TABLE.uniques().get(0), phoneKey));
        TableDef usersWithIndex = USERS_TABLE.withIndexes(List.of(phoneIndex));
        assertDiff(model(usersWithKey, orders), model(usersWithIndex, orders))
                .up(new DropConstraint(ORDERS, byPhone),
                        new DropConstraint(USERS, phoneKey),
                        new CreateIndex(USERS, phoneIndex, false),
                        new AddForeignKey(ORDERS, byPhone))
                .down(new DropConstraint(ORDERS, byPhone),
                        new DropIndex(USERS, phoneIndex, false),
                        new AddUniqueConstraint(USERS, phoneKey),
                        new AddForeignKey(ORDERS, byPhone));
    }
}
