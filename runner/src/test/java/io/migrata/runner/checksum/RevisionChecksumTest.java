package io.migrata.runner.checksum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migrata.runner.load.HistoryReplay;
import io.migrata.runner.load.MigrationLoader;
import io.migrata.runner.load.MigrationSource;
import io.migrata.schema.migration.Migration;
import io.migrata.schema.migration.Operations;
import io.migrata.schema.migration.Revision;
import org.junit.jupiter.api.Test;

/** A revision's checksum follows what its code does, not the wording of what it throws. */
class RevisionChecksumTest {

    @Revision(id = "001_purge")
    static final class Purge implements Migration {
        public void upgrade(Operations op) {
            op.execute("DELETE FROM audit_log");
        }

        public void downgrade(Operations op) {
            throw new UnsupportedOperationException("deleted rows cannot come back");
        }
    }

    @Revision(id = "001_purge")
    static final class PurgeReworded implements Migration {
        public void upgrade(Operations op) {
            op.execute("DELETE FROM audit_log");
        }

        public void downgrade(Operations op) {
            throw new UnsupportedOperationException("the purged rows are gone for good");
        }
    }

    @Revision(id = "001_purge")
    static final class PurgeThrowingAnother implements Migration {
        public void upgrade(Operations op) {
            op.execute("DELETE FROM audit_log");
        }

        public void downgrade(Operations op) {
            throw new IllegalStateException("deleted rows cannot come back");
        }
    }

    private static HistoryReplay replay(Class<? extends Migration> type) {
        return new HistoryReplay(new MigrationLoader(null).load(MigrationSource.classes(type)), "public");
    }

    @Test
    void rewordingAThrownMessageKeepsTheChecksumButAnotherExceptionClassChangesIt() {
        String applied = RevisionChecksum.of(replay(Purge.class), "001_purge");
        assertEquals(applied, RevisionChecksum.of(replay(PurgeReworded.class), "001_purge"));
        assertTrue(RevisionChecksum.matches(replay(PurgeReworded.class), "001_purge", applied));
        assertNotEquals(applied, RevisionChecksum.of(replay(PurgeThrowingAnother.class), "001_purge"));
        assertFalse(RevisionChecksum.matches(replay(PurgeThrowingAnother.class), "001_purge", applied));
        assertFalse(RevisionChecksum.canonicalText(replay(Purge.class), "001_purge").contains("cannot come back"));
    }

    /** What a release that put the message into the checksum text recorded for Purge. */
    @Test
    void aChecksumRecordedWithTheMessageStillMatchesTheUnchangedRevision() {
        String recordedByVersion1 = RevisionChecksum.sha256("migrata-checksum 1\n"
                + "transactional=true\n"
                + "upgrade\n"
                + "ExecuteSql{sql=\"DELETE FROM audit_log\",transactional=true}\n"
                + "downgrade\n"
                + "throws java.lang.UnsupportedOperationException: deleted rows cannot come back\n");
        assertTrue(RevisionChecksum.matches(replay(Purge.class), "001_purge", recordedByVersion1 + "\n"));
        assertFalse(RevisionChecksum.matches(replay(PurgeThrowingAnother.class), "001_purge", recordedByVersion1));
    }
}
