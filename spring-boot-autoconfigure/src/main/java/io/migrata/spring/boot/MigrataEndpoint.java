package io.migrata.spring.boot;

import io.migrata.workflow.History;
import io.migrata.workflow.RevisionState;
import java.util.List;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/migrata}: every revision the application ships, oldest first, applied or pending,
 * with when each was applied, read from the database's version tables at each request.
 */
@Endpoint(id = "migrata")
public class MigrataEndpoint {

    private final ApplicationMigrations migrations;

    public MigrataEndpoint(ApplicationMigrations migrations) {
        this.migrations = migrations;
    }

    @ReadOperation
    public MigrataReport revisions() {
        History history = migrations.with(migrata -> migrata.history(null));
        List<RevisionReport> revisions = history.revisions().stream().map(RevisionReport::of).toList();
        List<String> current = revisions.stream().filter(RevisionReport::current).map(RevisionReport::id).toList();
        return new MigrataReport(history.database(), current, revisions);
    }

    /**
     * @param database  the database, as {@code host:port/name}
     * @param current   the revisions the version table names (empty: base)
     * @param revisions oldest first
     */
    public record MigrataReport(String database, List<String> current, List<RevisionReport> revisions) {
    }

    /**
     * One revision.
     *
     * @param state     {@code applied} or {@code pending}
     * @param appliedAt when it was last applied or stamped (ISO-8601), or null when pending or not recorded
     * @param edited    applied, and its code has changed since
     */
    public record RevisionReport(String id, List<String> parents, String message, String created, String state,
                                 String appliedAt, boolean current, boolean head, boolean edited) {

        static RevisionReport of(RevisionState state) {
            return new RevisionReport(state.revision().id(), state.revision().parents(), state.revision().message(),
                    state.revision().created(), state.applied() ? "applied" : "pending",
                    state.appliedAt() == null ? null : state.appliedAt().toString(), state.current(), state.head(),
                    state.edited());
        }
    }
}
