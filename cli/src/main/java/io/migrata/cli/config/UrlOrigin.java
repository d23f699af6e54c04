package io.migrata.cli.config;

/** Where a database URL came from, named the way an error message tells the user where to fix it. */
public enum UrlOrigin {
    FLAG("--url"),
    ENVIRONMENT("DATABASE_URL"),
    DOTENV("DATABASE_URL in .env"),
    PROPERTIES("migrata.url in migrata.properties"),
    EMBEDDED("the embedded database in .migrata/postgres");

    private final String label;

    UrlOrigin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
