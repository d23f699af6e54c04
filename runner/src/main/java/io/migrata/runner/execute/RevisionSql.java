package io.migrata.runner.execute;

import io.migrata.runner.load.HistoryReplay;
import io.migrata.schema.op.ExecuteSql;
import io.migrata.schema.op.SchemaOp;

import java.util.ArrayList;
import java.util.List;

/** The statements of a revision's upgrade or downgrade, rendered from its recorded ops. */
public final class RevisionSql {

    private RevisionSql() {
    }

    public static List<SqlStatement> upgrade(HistoryReplay replay, String id) {
        return render(replay.upgradeOps(id));
    }

    public static List<SqlStatement> downgrade(HistoryReplay replay, String id) {
        return render(replay.downgradeOps(id));
    }

    static List<SqlStatement> render(List<SchemaOp> ops) {
        List<SqlStatement> statements = new ArrayList<>();
        for (SchemaOp op : ops) {
            if (!(op instanceof ExecuteSql sql)) {
                throw new UnsupportedOperationException("no SQL renderer for " + op.describe() + " yet");
            }
            statements.add(new SqlStatement(sql.sql(), sql.transactional()));
        }
        return statements;
    }
}
