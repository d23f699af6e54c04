package io.migrata.diff;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.ColumnRef;
import io.migrata.schema.IdentityDef;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.SequenceOptions;
import io.migrata.schema.TableDef;
import io.migrata.schema.op.AddColumn;
import io.migrata.schema.op.AlterColumn;
import io.migrata.schema.op.CreateSequence;
import io.migrata.schema.op.DropColumn;
import io.migrata.schema.op.DropSequence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.migrata.diff.DiffAssert.assertDiff;
import static io.migrata.diff.HazardKind.*;
import static io.migrata.diff.Models.*;

/**
 * PostgreSQL names an identity's sequence {@code table_column_seq}, or {@code table_column_seq1}
 * when a sequence already has that name, as a serial column's sequence does. So an identity is
 * added only after such a sequence is dropped, and removed before such a sequence is created.
 */
class SerialIdentityDiffTest {

    private static final SequenceDef SEQUENCE = new SequenceDef(name("orders_id_seq"), INTEGER,
            SequenceOptions.defaultsFor(INTEGER), new ColumnRef(ORDERS, "id"), null);
    private static final ColumnDef SERIAL = notNull("id", "integer")
            .withDefault("nextval('public.orders_id_seq'::regclass)");
    private static final ColumnDef PLAIN = notNull("id", "integer");
    private static final ColumnDef IDENTITY = PLAIN.withIdentity(new IdentityDef(IdentityDef.Generation.BY_DEFAULT,
            SequenceOptions.defaultsFor(INTEGER)));

    private static SchemaModel orders(ColumnDef id, SequenceDef... sequences) {
        TableDef table = TableDef.of(ORDERS, List.of(id, nullable("total", "numeric")))
                .withPrimaryKey(new PrimaryKeyDef("orders_pkey", List.of("id")));
        return model(table).withSequences(List.of(sequences));
    }

    @Test
    void serialToIdentityDropsTheDefaultThenTheSequenceThenAddsTheIdentity() {
        assertDiff(orders(SERIAL, SEQUENCE), orders(IDENTITY))
                .up(new AlterColumn(ORDERS, SERIAL, PLAIN), new DropSequence(SEQUENCE),
                        new AlterColumn(ORDERS, PLAIN, IDENTITY))
                .down(new AlterColumn(ORDERS, IDENTITY, PLAIN), new CreateSequence(SEQUENCE),
                        new AlterColumn(ORDERS, PLAIN, SERIAL))
                .hazards(DATA_LOSS);
    }

    @Test
    void identityToSerialDropsTheIdentityBeforeCreatingTheSequence() {
        assertDiff(orders(IDENTITY), orders(SERIAL, SEQUENCE))
                .up(new AlterColumn(ORDERS, IDENTITY, PLAIN), new CreateSequence(SEQUENCE),
                        new AlterColumn(ORDERS, PLAIN, SERIAL))
                .down(new AlterColumn(ORDERS, SERIAL, PLAIN), new DropSequence(SEQUENCE),
                        new AlterColumn(ORDERS, PLAIN, IDENTITY))
                .hazards(DATA_LOSS);
    }

    @Test
    void anIdentityChangedTogetherWithOtherPropertiesIsAnOpOfItsOwn() {
        ColumnDef small = nullable("number", "smallint");
        ColumnDef plain = notNull("number", "integer");
        ColumnDef identity = plain.withIdentity(IDENTITY.identity());
        assertDiff(model(keyed("orders", small)), model(keyed("orders", identity)))
                .up(new AlterColumn(ORDERS, small, plain), new AlterColumn(ORDERS, plain, identity))
                .down(new AlterColumn(ORDERS, identity, plain), new AlterColumn(ORDERS, plain, small))
                .hazards(TABLE_REWRITE, BLOCKING_LOCK, MAY_FAIL_ON_EXISTING_DATA);
    }

    @Test
    void aNewIdentityColumnComesAfterTheSequenceWhoseNameItTakes() {
        SequenceDef free = new SequenceDef(name("orders_number_seq"), BIGINT, SequenceOptions.defaultsFor(BIGINT), null,
                null);
        ColumnDef number = notNull("number", "bigint").withIdentity(new IdentityDef(IdentityDef.Generation.ALWAYS,
                SequenceOptions.defaultsFor(BIGINT)));
        SchemaModel before = orders(PLAIN, free);
        TableDef table = orders(PLAIN).tables().get(0);
        SchemaModel after = model(table.withColumns(List.of(PLAIN, nullable("total", "numeric"), number)));
        assertDiff(before, after)
                .up(new DropSequence(free), new AddColumn(ORDERS, number))
                .down(new DropColumn(ORDERS, number), new CreateSequence(free));
    }
}
