package io.migrata.runner.sql;

import static io.migrata.runner.sql.OpCheck.assertAppliesExactly;

import io.migrata.schema.ColumnRef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.SequenceOptions;
import io.migrata.schema.SqlType;
import io.migrata.schema.op.AlterSequence;
import io.migrata.schema.op.CreateSequence;
import io.migrata.schema.op.DropSequence;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;

@ExtendWith(PostgresExtension.class)
class SequenceOpsSqlTest {

    private static final QualifiedName INVOICE_NO = QualifiedName.of("Billing", "Invoice No");
    private static final QualifiedName NOTE_SEQ = QualifiedName.of("Billing", "note_seq");
    private static final QualifiedName BILLS = QualifiedName.of("Billing", "Bills");

    private static SchemaModel billing(TestDatabase db) throws SQLException {
        return Databases.load(db, Databases.resource("/fixtures/billing.sql"));
    }

    @Test
    void dropsAndCreatesSequencesWithEveryOptionAndOwner(TestDatabase db) throws SQLException {
        SchemaModel model = billing(db);
        assertAppliesExactly(db, new DropSequence(model.sequence(INVOICE_NO).orElseThrow()),
                new DropSequence(model.sequence(NOTE_SEQ).orElseThrow()));
    }

    @Test
    void createsADescendingSequenceAtTheExtremesOfItsType(TestDatabase db) throws SQLException {
        billing(db);
        assertAppliesExactly(db, new CreateSequence(new SequenceDef(QualifiedName.of("public", "Count Down"),
                SqlType.of("bigint"), new SequenceOptions(-1, -1, Long.MIN_VALUE, -1, 1, false), null, "it's \\ down")));
    }

    @Test
    void altersTypeOptionsAndOwner(TestDatabase db) throws SQLException {
        SchemaModel model = billing(db);
        SequenceDef invoiceNo = model.sequence(INVOICE_NO).orElseThrow();
        SqlType bigint = SqlType.of("bigint");
        SequenceDef widened = new SequenceDef(INVOICE_NO, bigint, new SequenceOptions(1000, 1, 1, 999999999999L, 1, false),
                new ColumnRef(BILLS, "parent\"id"), invoiceNo.comment());
        assertAppliesExactly(db, new AlterSequence(invoiceNo, widened));

        SequenceDef noteSeq = model.sequence(NOTE_SEQ).orElseThrow();
        SqlType smallint = SqlType.of("smallint");
        SequenceDef narrowed = new SequenceDef(NOTE_SEQ, smallint, SequenceOptions.defaultsFor(smallint), null, null);
        assertAppliesExactly(db, new AlterSequence(noteSeq, narrowed));
    }
}
