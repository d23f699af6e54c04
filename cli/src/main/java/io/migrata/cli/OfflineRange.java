package io.migrata.cli;

import io.migrata.workflow.config.ConfigurationException;

/** The range of an offline script: {@code --sql FROM:TO}, or {@code --sql} with the target as the range. */
final class OfflineRange {

    private OfflineRange() {
    }

    /**
     * @param sqlValue      the value of {@code --sql}: empty when the flag came without one
     * @param target        the TARGET parameter, or null
     * @param defaultTarget the range when neither names one, or null when one is required
     */
    static String of(String sqlValue, String target, String defaultTarget) {
        if (!sqlValue.isEmpty() && target != null && !target.equals(sqlValue)) {
            throw new ConfigurationException("--sql " + sqlValue + " and the target " + target
                    + " disagree: give the range once, as --sql FROM:TO or as the target");
        }
        String range = !sqlValue.isEmpty() ? sqlValue : target != null ? target : defaultTarget;
        if (range == null) throw new ConfigurationException("--sql needs a range FROM:TO, e.g. --sql head:base");
        return range;
    }
}
