package io.migrata.examples.hedera;

/** What a meter measures. */
public enum UtilityType {
    ELECTRICITY, WATER, GAS
}
