package io.migrata.examples.hedera;

/** Where a meter reading's check stands. */
public enum VerificationStatus {
    PENDING, VERIFIED, REJECTED
}
