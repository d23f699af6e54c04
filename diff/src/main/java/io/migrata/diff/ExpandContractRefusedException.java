package io.migrata.diff;

import java.util.List;

/**
 * An expand/contract plan was asked for a type change that something else depends on in a way the
 * plan cannot carry over to the new column (a view, a foreign key, a check, an expression index, a
 * trigger, an identity or a sequence): nothing is written, and the message names what is in the way.
 */
public class ExpandContractRefusedException extends RuntimeException {

    public ExpandContractRefusedException(List<String> columns) {
        super("cannot write an expand/contract plan for " + String.join("; ", columns)
                + ": change or drop what depends on the column in a revision of its own first, or generate without"
                + " --expand-contract");
    }
}
