package io.migrata.cli.model;

import java.sql.SQLException;

/** Gives the schema the migrations build up to a target, replayed on a scratch database. */
@FunctionalInterface
public interface RevisionReplayer {

    /** @param target {@code head} or a revision id or prefix */
    LoadedModel replay(String target) throws SQLException;
}
