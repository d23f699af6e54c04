package io.migrata.workflow;

import java.time.Instant;

/**
 * One revision as {@code history} shows it: where it sits in the graph and what the database says
 * about it.
 *
 * @param current   the version table names it
 * @param appliedAt when it was last applied or stamped, when it is applied and the history knows; else null
 * @param edited    it is applied and its code's checksum differs from the one recorded then
 */
public record RevisionState(RevisionInfo revision, boolean applied, boolean current, boolean head, boolean branchPoint,
                            boolean mergePoint, Instant appliedAt, boolean edited) {
}
