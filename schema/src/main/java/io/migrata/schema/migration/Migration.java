package io.migrata.schema.migration;

/**
 * One revision of a schema: what {@code upgrade} changes and how {@code downgrade} undoes it.
 * Both methods only record operations on {@code op}; the runner renders and applies them, so a
 * migration can also be printed as SQL without a database, checksummed and inverted.
 *
 * <pre>{@code
 * @Revision(id = "002_add_user_phone", parents = "001_initial_schema",
 *           message = "add user phone", created = "2026-02-20T10:15:00Z")
 * public final class M20260220_002_AddUserPhone implements Migration {
 *     public void upgrade(Operations op) {
 *         op.addColumn("users", column("phone", varchar(20)));
 *     }
 *     public void downgrade(Operations op) {
 *         op.dropColumn("users", "phone");
 *     }
 * }
 * }</pre>
 */
public interface Migration {

    void upgrade(Operations op);

    void downgrade(Operations op);

    /**
     * Whether the whole revision runs in one transaction with its version-table update. A
     * revision whose statements cannot run in a transaction block overrides this with false.
     */
    default boolean transactional() {
        return true;
    }
}
