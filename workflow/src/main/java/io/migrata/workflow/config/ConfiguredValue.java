package io.migrata.workflow.config;

import java.util.Objects;

/**
 * A setting's value and where it was found, named as messages name it ({@code --schema},
 * {@code MIGRATA_SCHEMAS}, {@code MIGRATA_SCHEMAS in .env}, {@code migrata.schemas in migrata.properties},
 * or {@code the default}).
 */
public record ConfiguredValue(Setting setting, String value, String origin) {

    public ConfiguredValue {
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
    }

    /** A database URL holds a password: never print the value of a URL setting. */
    @Override
    public String toString() {
        boolean secret = setting == Setting.URL || setting == Setting.DEV_URL;
        return "ConfiguredValue[" + setting + "=" + (secret ? "***" : value) + " from " + origin + "]";
    }
}
