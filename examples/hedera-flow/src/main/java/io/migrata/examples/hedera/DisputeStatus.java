package io.migrata.examples.hedera;

/** Where a dispute stands. */
public enum DisputeStatus {
    OPEN, UNDER_REVIEW, RESOLVED, REJECTED
}
