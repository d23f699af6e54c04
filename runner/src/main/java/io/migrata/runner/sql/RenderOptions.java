package io.migrata.runner.sql;

/**
 * How {@link PostgresSqlRenderer} spells ops.
 *
 * <pre>{@code
 * RenderOptions online = RenderOptions.defaults().forServer(16).withNotValidForeignKeysAndChecks(true);
 * }</pre>
 *
 * @param notValidForeignKeysAndChecks render {@code AddForeignKey} and {@code AddCheckConstraint}
 *                                     as {@code ADD CONSTRAINT … NOT VALID} and a separate
 *                                     {@code VALIDATE CONSTRAINT}, so existing rows are checked
 *                                     without blocking writes for the whole scan
 * @param serverMajorVersion           the PostgreSQL major version the SQL is for; it decides
 *                                     only whether a changed generation expression can be
 *                                     altered in place ({@code SET EXPRESSION}, 17 and later)
 * @param catalogText                  whether the ops' expressions are text read from the catalog,
 *                                     rewritten where PostgreSQL would store it otherwise
 *                                     ({@link ReparsedText}); {@code false} for text as a user
 *                                     wrote it (the entities' expressions, before PostgreSQL has
 *                                     stored them once), which is written unchanged
 */
public record RenderOptions(boolean notValidForeignKeysAndChecks, int serverMajorVersion, boolean catalogText) {

    /** The oldest PostgreSQL major Migrata supports, assumed when the server is unknown (offline SQL). */
    public static final int OLDEST_SUPPORTED_MAJOR = 13;

    public RenderOptions {
        if (serverMajorVersion < OLDEST_SUPPORTED_MAJOR) {
            throw new IllegalArgumentException("PostgreSQL " + serverMajorVersion + " is not supported: Migrata needs "
                    + OLDEST_SUPPORTED_MAJOR + " or later");
        }
    }

    /** Constraints validated as they are added, SQL for the oldest supported server. */
    public static RenderOptions defaults() {
        return new RenderOptions(false, OLDEST_SUPPORTED_MAJOR, true);
    }

    public RenderOptions withNotValidForeignKeysAndChecks(boolean notValid) {
        return new RenderOptions(notValid, serverMajorVersion, catalogText);
    }

    public RenderOptions forServer(int majorVersion) {
        return new RenderOptions(notValidForeignKeysAndChecks, majorVersion, catalogText);
    }

    /** Expressions written exactly as the ops hold them: text a user wrote, not read from the catalog. */
    public RenderOptions withWrittenExpressions() {
        return new RenderOptions(notValidForeignKeysAndChecks, serverMajorVersion, false);
    }
}
