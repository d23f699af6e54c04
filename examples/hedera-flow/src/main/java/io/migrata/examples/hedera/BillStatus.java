package io.migrata.examples.hedera;

/** Where a bill stands. */
public enum BillStatus {
    PENDING, PAID, OVERDUE, DISPUTED
}
