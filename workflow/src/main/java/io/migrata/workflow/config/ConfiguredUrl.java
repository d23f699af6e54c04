package io.migrata.workflow.config;

import java.util.Objects;

/** A database URL as the user wrote it, and where it was found. Its text may hold a password: never print it. */
public record ConfiguredUrl(String url, UrlOrigin origin) {

    public ConfiguredUrl {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public String toString() {
        return "ConfiguredUrl[origin=" + origin + "]";
    }
}
