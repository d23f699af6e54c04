package io.migrata.workflow;

import io.migrata.diff.lint.LintFinding;

import java.util.List;

/**
 * What {@code migrata lint} found: the blocking statements of the revisions it read, in revision order.
 *
 * @param findings  each with the revision it is in
 * @param revisions how many revisions were read
 */
public record LintReport(List<Finding> findings, int revisions) {

    public LintReport {
        findings = List.copyOf(findings);
    }

    public boolean clean() {
        return findings.isEmpty();
    }

    /** A blocking statement in the upgrade of {@code revision}. */
    public record Finding(String revision, LintFinding finding) {

        /** {@code 002_index: CREATE INDEX …: holds a SHARE lock …; instead: … [create-index-not-concurrently]}. */
        public String describe() {
            return revision + ": " + finding.describe() + " [" + finding.rule() + "]";
        }
    }
}
