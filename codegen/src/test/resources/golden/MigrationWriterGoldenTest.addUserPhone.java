package migrations;

import static io.migrata.schema.migration.Schema.column;
import static io.migrata.schema.migration.Types.varchar;

import io.migrata.schema.migration.Migration;
import io.migrata.schema.migration.Operations;
import io.migrata.schema.migration.Revision;

/**
 * Add user phone.
 *
 * <p>Revision {@code 002_add_user_phone}, after {@code 001_initial_schema}, created
 * 2026-02-20T10:15:00Z.
 */
@Revision(
        id = "002_add_user_phone",
        parents = "001_initial_schema",
        message = "add user phone",
        created = "2026-02-20T10:15:00Z"
)
public final class M20260220_002_AddUserPhone implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addColumn("users", column("phone", varchar(20)));
    }

    @Override
    public void downgrade(Operations op) {
        // DESTRUCTIVE: drop column public.users.phone; what it removes does not come back
        op.dropColumn("users", column("phone", varchar(20)));
    }
}
