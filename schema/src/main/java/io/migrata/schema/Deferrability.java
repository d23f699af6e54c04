package io.migrata.schema;

/** When a unique or foreign-key constraint is checked. */
public enum Deferrability {
    NOT_DEFERRABLE(""),
    DEFERRABLE_INITIALLY_IMMEDIATE(" DEFERRABLE"),
    DEFERRABLE_INITIALLY_DEFERRED(" DEFERRABLE INITIALLY DEFERRED");

    private final String sqlSuffix;

    Deferrability(String sqlSuffix) {
        this.sqlSuffix = sqlSuffix;
    }

    /** The clause that follows a constraint definition, with a leading space, or empty. */
    public String sqlSuffix() {
        return sqlSuffix;
    }

    public static Deferrability of(boolean deferrable, boolean initiallyDeferred) {
        if (!deferrable) return NOT_DEFERRABLE;
        return initiallyDeferred ? DEFERRABLE_INITIALLY_DEFERRED : DEFERRABLE_INITIALLY_IMMEDIATE;
    }
}
