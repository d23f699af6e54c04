package io.migrata.workflow;

import io.migrata.schema.op.SchemaOp;
import java.util.List;

/**
 * One revision as {@code show} prints it: its place in the history and the operations its upgrade
 * and downgrade record.
 *
 * @param transactional      whether it runs in one transaction (else statement by statement)
 * @param outsideTransaction in a transactional revision, the upgrade's statements PostgreSQL refuses in a
 *                           transaction block ({@code CREATE INDEX CONCURRENTLY}, ...), each folded onto one
 *                           line: they make the revision non-atomic, since what comes before each commits first
 */
public record RevisionDetail(RevisionInfo revision, List<String> children, boolean head, boolean transactional,
                             List<String> outsideTransaction, Recording upgrade, Recording downgrade) {

    public RevisionDetail {
        children = List.copyOf(children);
        outsideTransaction = List.copyOf(outsideTransaction);
    }

    /**
     * What one of its methods records.
     *
     * @param ops   the operations, or empty when it could not be recorded
     * @param error why it could not be recorded (one line), or null
     */
    public record Recording(List<SchemaOp> ops, String error) {

        public Recording {
            ops = ops == null ? List.of() : List.copyOf(ops);
        }
    }
}
