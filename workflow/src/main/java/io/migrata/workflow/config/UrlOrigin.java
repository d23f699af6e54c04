package io.migrata.workflow.config;

import java.util.Objects;

/**
 * Where a database URL came from, named the way an error message tells the user where to fix it:
 * {@code --url}, {@code DATABASE_URL}, {@code DATABASE_URL in .env}, {@code migrata.url in migrata.properties},
 * or the flag or setting of another URL ({@code --dev-url}, {@code --from}).
 */
public record UrlOrigin(String label) {

    public static final UrlOrigin FLAG = new UrlOrigin("--url");
    public static final UrlOrigin ENVIRONMENT = new UrlOrigin("DATABASE_URL");
    public static final UrlOrigin DOTENV = new UrlOrigin("DATABASE_URL in .env");
    public static final UrlOrigin PROPERTIES = new UrlOrigin("migrata.url in migrata.properties");
    public static final UrlOrigin EMBEDDED = new UrlOrigin("the embedded database in .migrata/postgres");

    public UrlOrigin {
        Objects.requireNonNull(label, "label");
    }
}
