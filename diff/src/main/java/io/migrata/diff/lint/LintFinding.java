package io.migrata.diff.lint;

import java.util.Objects;

/**
 * One blocking statement found in a migration, and what to write instead.
 *
 * @param rule      a short stable name ({@code create-index-not-concurrently}), for filtering in CI
 * @param statement the statement: its SQL as written, or the migration-API call's description
 * @param problem   what it does to traffic on a table with rows
 * @param instead   the safe alternative
 */
public record LintFinding(String rule, String statement, String problem, String instead) {

    public LintFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(instead, "instead");
    }

    /** {@code statement: problem; instead: alternative}. */
    public String describe() {
        return statement + ": " + problem + "; instead: " + instead;
    }
}
