package io.migrata.cli;

import io.migrata.cli.connect.DatabaseTarget;
import io.migrata.cli.connect.Databases;
import io.migrata.runner.MigrationListener;
import io.migrata.runner.Migrator;
import io.migrata.runner.execute.AppliedStep;
import java.sql.SQLException;
import java.util.List;

/**
 * A command's work with a migrator on the database {@code --url} names; the embedded server, if the
 * run started one, stops when the work is done. Upgrade, downgrade, stamp, current and history run this way.
 *
 * <pre>{@code
 * new MigratorRun(migrata, migrations, connection.url).move("upgraded", migrator -> migrator.upgrade("head"));
 * }</pre>
 */
final class MigratorRun {

    /** What a command does with the migrator and the database it works on. */
    interface Work {
        void run(Migrator migrator, DatabaseTarget database) throws SQLException;
    }

    /** An upgrade or a downgrade: the steps it applied. */
    interface Move {
        List<AppliedStep> run(Migrator migrator) throws SQLException;
    }

    private final MigrataCommand migrata;
    private final Migrations migrations;
    private final String urlFlag;

    MigratorRun(MigrataCommand migrata, Migrations migrations, String urlFlag) {
        this.migrata = migrata;
        this.migrations = migrations;
        this.urlFlag = urlFlag;
    }

    /** Does the work with a line on stderr as each revision starts. */
    void withProgress(Work work) throws SQLException {
        run(new ProgressListener(migrata::notice), work);
    }

    /** Does the work with a migrator that reports nothing as it runs. */
    void quietly(Work work) throws SQLException {
        run(MigrationListener.NONE, work);
    }

    /** Moves the database with progress, then notices what ran, how long it took and where the database is now. */
    void move(String verb, Move move) throws SQLException {
        withProgress((migrator, database) -> {
            long start = System.nanoTime();
            List<AppliedStep> steps = move.run(migrator);
            migrata.notice(Summary.of(verb, steps, System.nanoTime() - start, migrator.current(), database.label()));
        });
    }

    private void run(MigrationListener listener, Work work) throws SQLException {
        try (Databases databases = migrata.databases()) {
            DatabaseTarget database = databases.target(urlFlag);
            work.run(migrations.migrator(database::open, listener), database);
        }
    }
}
