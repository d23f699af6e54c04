package io.migrata.diff;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.IdentityDef;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SequenceOptions;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;
import io.migrata.schema.UniqueDef;

import java.util.ArrayList;
import java.util.List;

/** Short ways to build the models the unit tests diff. */
final class Models {

    static final SqlType BIGINT = SqlType.of("bigint");
    static final SqlType INTEGER = SqlType.of("integer");
    static final SqlType TEXT = SqlType.of("text");
    static final SqlType VARCHAR_20 = SqlType.of("character varying(20)");

    static final QualifiedName USERS = name("users");
    static final QualifiedName ORDERS = name("orders");

    static final ColumnDef USER_ID = new ColumnDef("id", BIGINT, false, null,
            new IdentityDef(IdentityDef.Generation.BY_DEFAULT, SequenceOptions.defaultsFor(BIGINT)), null, null, null);
    static final ColumnDef EMAIL = notNull("email", "character varying(255)");
    static final ColumnDef PHONE = ColumnDef.of("phone", VARCHAR_20);
    static final TableDef USERS_TABLE = new TableDef(USERS, List.of(USER_ID, EMAIL, PHONE),
            new PrimaryKeyDef("users_pkey", List.of("id")), List.of(UniqueDef.of("users_email_key", List.of("email"))),
            List.of(), List.of(), List.of(), null);

    static final ForeignKeyDef ORDERS_USER_FK = ForeignKeyDef.of("orders_user_id_fkey", List.of("user_id"), USERS, List.of("id"));
    static final TableDef ORDERS_TABLE = new TableDef(ORDERS,
            List.of(notNull("id", "bigint"), notNull("user_id", "bigint"), notNull("total", "numeric(12,2)")),
            new PrimaryKeyDef("orders_pkey", List.of("id")), List.of(), List.of(), List.of(ORDERS_USER_FK), List.of(), null);

    private Models() {
    }

    static QualifiedName name(String table) {
        return QualifiedName.of("public", table);
    }

    static ColumnDef notNull(String name, String type) {
        return ColumnDef.of(name, SqlType.of(type)).withNullable(false);
    }

    static ColumnDef nullable(String name, String type) {
        return ColumnDef.of(name, SqlType.of(type));
    }

    /** A table with a NOT NULL bigint {@code id} primary key and the given other columns. */
    static TableDef keyed(String name, ColumnDef... columns) {
        List<ColumnDef> all = new ArrayList<>();
        all.add(notNull("id", "bigint"));
        all.addAll(List.of(columns));
        return TableDef.of(name(name), all).withPrimaryKey(new PrimaryKeyDef(name + "_pkey", List.of("id")));
    }

    static ForeignKeyDef fk(String name, String column, String target) {
        return ForeignKeyDef.of(name, List.of(column), name(target), List.of("id"));
    }

    /** Schema {@code public} with these tables and nothing else. */
    static SchemaModel model(TableDef... tables) {
        return SchemaModel.empty().withSchemas(List.of("public")).withTables(List.of(tables));
    }

    static SchemaModel users() {
        return model(USERS_TABLE, ORDERS_TABLE);
    }
}
