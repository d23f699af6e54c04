package io.migrata.diff;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.EnumTypeDef;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;
import io.migrata.schema.ViewDef;
import io.migrata.schema.op.AlterColumn;
import io.migrata.schema.op.CommentTarget;
import io.migrata.schema.op.CreateView;
import io.migrata.schema.op.DropColumn;
import io.migrata.schema.op.DropConstraint;
import io.migrata.schema.op.DropEnumValue;
import io.migrata.schema.op.DropView;
import io.migrata.schema.op.ReplaceView;
import io.migrata.schema.op.SetComment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.migrata.diff.DiffAssert.assertDiff;
import static io.migrata.diff.Models.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ViewDiffTest {

    private static final ViewDef ACTIVE = view("active_users", " SELECT users.id, users.email\n   FROM public.users;");
    private static final ViewDef RECENT = view("recent_active", " SELECT active_users.id\n   FROM public.active_users;");

    private static ViewDef view(String name, String query) {
        return new ViewDef(name(name), query, false, null);
    }

    private static SchemaModel with(TableDef users, ViewDef... views) {
        return model(users, ORDERS_TABLE).withViews(List.of(views));
    }

    @Test
    void createReplaceDrop() {
        ViewDef changed = view("active_users", " SELECT users.id\n   FROM public.users;");
        assertDiff(with(USERS_TABLE), with(USERS_TABLE, ACTIVE))
                .up(new CreateView(ACTIVE))
                .down(new DropView(ACTIVE));
        assertDiff(with(USERS_TABLE, ACTIVE), with(USERS_TABLE, changed))
                .up(new ReplaceView(ACTIVE, changed))
                .down(new ReplaceView(changed, ACTIVE));
    }

    @Test
    void materializedAndComment() {
        ViewDef materialized = new ViewDef(ACTIVE.name(), ACTIVE.definition(), true, "Cached");
        ViewDef replaced = new ViewDef(ACTIVE.name(), ACTIVE.definition(), true, null);
        assertDiff(with(USERS_TABLE, ACTIVE), with(USERS_TABLE, materialized))
                .up(new ReplaceView(ACTIVE, replaced), new SetComment(CommentTarget.view(ACTIVE.name(), true), null, "Cached"));
    }

    @Test
    void viewsAreDroppedAndCreatedAgainAroundATypeChangeOfATableTheyMention() {
        ColumnDef email = USERS_TABLE.column("email").orElseThrow();
        ColumnDef longer = email.withType(TEXT);
        TableDef users = USERS_TABLE.withColumn("email", c -> longer);
        DiffResult result = assertDiff(with(USERS_TABLE, ACTIVE, RECENT), with(users, ACTIVE, RECENT))
                .up(new DropView(RECENT), new DropView(ACTIVE), new AlterColumn(USERS, email, longer),
                        new CreateView(ACTIVE), new CreateView(RECENT))
                .result();
        assertEquals(List.of(
                "view public.active_users is dropped and created again around the change of table public.users, which it mentions",
                "view public.recent_active is dropped and created again around the change of view public.active_users,"
                        + " which it mentions"), result.notes());
    }

    @Test
    void aViewWhoseQueryChangesAndUsesADroppedColumnIsDroppedFirst() {
        ViewDef idOnly = view("active_users", " SELECT users.id\n   FROM public.users;");
        TableDef users = USERS_TABLE.withColumns(List.of(USER_ID, PHONE)).withUniques(List.of());
        assertDiff(with(USERS_TABLE, ACTIVE), with(users, idOnly))
                .up(new DropView(ACTIVE), new DropConstraint(USERS, USERS_TABLE.uniques().get(0)),
                        new DropColumn(USERS, EMAIL), new CreateView(idOnly));
    }

    @Test
    void aViewOfAnUnchangedTableIsLeftAlone() {
        TableDef orders = ORDERS_TABLE.withColumns(List.of(notNull("id", "bigint"), notNull("user_id", "bigint"),
                notNull("total", "numeric(14,2)")));
        assertDiff(with(USERS_TABLE, ACTIVE), model(USERS_TABLE, orders).withViews(List.of(ACTIVE)))
                .up(new AlterColumn(ORDERS, notNull("total", "numeric(12,2)"), notNull("total", "numeric(14,2)")));
    }

    @Test
    void droppingAnEnumLabelRecreatesViewsOfTablesUsingTheEnum() {
        EnumTypeDef status = new EnumTypeDef(name("status"), List.of("a", "b"), null);
        EnumTypeDef fewer = new EnumTypeDef(name("status"), List.of("a"), null);
        TableDef users = USERS_TABLE.withColumns(List.of(USER_ID, EMAIL, PHONE, nullable("status", "public.status")));
        assertDiff(with(users, ACTIVE).withEnums(List.of(status)), with(users, ACTIVE).withEnums(List.of(fewer)))
                .up(new DropView(ACTIVE), new DropEnumValue(status.name(), "b", null, null), new CreateView(ACTIVE));
    }
}
