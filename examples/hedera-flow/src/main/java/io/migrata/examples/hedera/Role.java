package io.migrata.examples.hedera;

/** Who a user is. */
public enum Role {
    CUSTOMER, ADMIN, AUDITOR
}
