package io.migrata.examples.hedera.migrations;

import static io.migrata.schema.migration.Schema.column;
import static io.migrata.schema.migration.Types.varchar;

import io.migrata.schema.migration.Migration;
import io.migrata.schema.migration.Operations;
import io.migrata.schema.migration.Revision;

/**
 * Add user phone.
 *
 * <p>Revision {@code 002_add_user_phone}, after {@code 001_initial_schema}, created
 * 2026-11-23T23:00:55Z.
 */
@Revision(
        id = "002_add_user_phone",
        parents = "001_initial_schema",
        message = "add user phone",
        created = "2026-11-23T23:00:55Z"
)
public final class M20261123_002_AddUserPhone implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addColumn("users", column("phone", varchar(20)));
    }

    @Override
    public void downgrade(Operations op) {
        // WARNING: DATA_LOSS: drops column public.users.phone and every value in it
        op.dropColumn("users", column("phone", varchar(20)));
    }
}
