package io.migrata.schema;

/**
 * A table's row-level security: {@code ENABLE} and {@code FORCE ROW LEVEL SECURITY} are set apart
 * in PostgreSQL ({@code relrowsecurity}, {@code relforcerowsecurity}), so a table can be forced
 * while disabled, which has no effect until it is enabled.
 */
public enum RowSecurity {
    OFF(false, false),
    ENABLED(true, false),
    FORCED(true, true),
    FORCED_WHILE_DISABLED(false, true);

    private final boolean enabled;
    private final boolean forced;

    RowSecurity(boolean enabled, boolean forced) {
        this.enabled = enabled;
        this.forced = forced;
    }

    public static RowSecurity of(boolean enabled, boolean forced) {
        if (enabled) return forced ? FORCED : ENABLED;
        return forced ? FORCED_WHILE_DISABLED : OFF;
    }

    public boolean enabled() {
        return enabled;
    }

    public boolean forced() {
        return forced;
    }
}
