package io.migrata.runner.execute;

import io.migrata.runner.load.HistoryReplay;
import io.migrata.runner.load.InvalidMigrationException;
import io.migrata.runner.sql.PostgresSqlRenderer;
import io.migrata.runner.sql.RenderOptions;
import io.migrata.runner.sql.Statement;
import io.migrata.runner.sql.UnsupportedChangeException;
import io.migrata.schema.op.CreateIndex;
import io.migrata.schema.op.SchemaOp;

import java.util.List;

/** The statements of a revision's upgrade or downgrade: its recorded ops, rendered for PostgreSQL. */
public final class RevisionSql {

    private final HistoryReplay replay;
    private final PostgresSqlRenderer renderer;

    public RevisionSql(HistoryReplay replay, RenderOptions options) {
        this.replay = replay;
        this.renderer = new PostgresSqlRenderer(options);
    }

    /** @throws InvalidMigrationException when the method throws or an op cannot be rendered */
    public List<SqlStatement> upgrade(String id) {
        return render(id, "upgrade", replay.upgradeOps(id));
    }

    /** @throws InvalidMigrationException when the method throws or an op cannot be rendered */
    public List<SqlStatement> downgrade(String id) {
        return render(id, "downgrade", replay.downgradeOps(id));
    }

    private List<SqlStatement> render(String id, String method, List<SchemaOp> ops) {
        try {
            return renderer.render(ops).stream().map(RevisionSql::statement).toList();
        } catch (UnsupportedChangeException e) {
            throw new InvalidMigrationException(replay.migrations().get(id).node(), "its " + method
                    + "() records an operation PostgreSQL has no statement for: " + e.getMessage(), e);
        }
    }

    private static SqlStatement statement(Statement rendered) {
        return new SqlStatement(rendered.sql(), rendered.transactional(), rendered.source());
    }
}
