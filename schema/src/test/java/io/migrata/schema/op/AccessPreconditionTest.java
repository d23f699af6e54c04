package io.migrata.schema.op;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.DomainDef;
import io.migrata.schema.GrantDef;
import io.migrata.schema.PolicyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.RowSecurity;
import io.migrata.schema.RowSecurityDef;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SqlType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.migrata.schema.op.Fixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the applier refuses for domains, schema comments, row-level security, policies and grants, and what follows a rename. */
class AccessPreconditionTest {

    private static void assertFails(SchemaModel model, SchemaOp op, String fragment) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> OpApplier.apply(model, op));
        assertTrue(e.getMessage().startsWith("cannot " + op.describe() + ": ") && e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void aTableWithPoliciesOrRowSecurityIsNotDropped() {
        SchemaModel withPolicy = MODEL.withPolicies(List.of(new PolicyDef(AUDIT_LOGS, "mine", "ALL", true, List.of(), "true", null)));
        assertFails(withPolicy, new DropTable(AUDIT_LOGS_TABLE), "it still has policies mine: drop them first");
        SchemaModel secured = OpApplier.apply(MODEL, new ChangeRowSecurity(AUDIT_LOGS, RowSecurity.OFF, RowSecurity.ENABLED));
        assertFails(secured, new DropTable(AUDIT_LOGS_TABLE), "its row-level security is on");
    }

    @Test
    void aDomainAColumnHasIsNotDropped() {
        SchemaModel used = OpApplier.apply(MODEL, new AddColumn(AUDIT_LOGS, ColumnDef.of("contact", SqlType.of("public.email"))));
        assertFails(used, new DropDomain(EMAIL_DOMAIN), "columns public.audit_logs.contact still have it as type");
        assertFails(MODEL, new CreateDomain(new DomainDef(PRIORITY, TEXT, null, false, List.of())), "a type public.priority already exists");
    }

    @Test
    void aGrantNamesAnObjectOfTheModelAndARevokeItsExactGrant() {
        assertFails(MODEL, new GrantPrivilege(GrantDef.onRelation(GrantDef.Kind.TABLE, QualifiedName.of("public", "ghosts"), "app",
                "SELECT", false)), "no table public.ghosts");
        GrantDef withOption = GrantDef.onRelation(GrantDef.Kind.TABLE, USERS, "reporting", "SELECT", true);
        assertFails(MODEL, new RevokePrivilege(withOption), "the grant differs");
        assertFails(MODEL, new GrantPrivilege(withOption), "it is granted already");
    }

    @Test
    void aCommentedSchemaIsNotDroppedUntilTheCommentIsRemoved() {
        SchemaModel empty = SchemaModel.empty().withSchemas(List.of("archive")).withSchemaComments(Map.of("archive", "Old rows"));
        assertFails(empty, new DropSchema("archive"), "it still has a comment");
        SchemaModel uncommented = OpApplier.apply(empty, new SetSchemaComment("archive", "Old rows", null));
        assertEquals(List.of(), OpApplier.apply(uncommented, new DropSchema("archive")).schemas());
    }

    @Test
    void policiesRowSecurityAndGrantsFollowARenamedTable() {
        SchemaModel model = MODEL.withPolicies(List.of(new PolicyDef(AUDIT_LOGS, "mine", "ALL", true, List.of(), "true", null)))
                .withRowSecurity(List.of(new RowSecurityDef(AUDIT_LOGS, RowSecurity.FORCED)))
                .withGrants(List.of(GrantDef.onRelation(GrantDef.Kind.TABLE, AUDIT_LOGS, "app", "SELECT", false)));
        SchemaModel renamed = OpApplier.apply(model, new RenameTable(AUDIT_LOGS, "events"));
        QualifiedName events = QualifiedName.of("public", "events");
        assertEquals(events, renamed.policies().get(0).table());
        assertEquals(RowSecurity.FORCED, renamed.rowSecurity(events));
        assertEquals(events, renamed.grants().get(0).relation());
        assertEquals(model, OpApplier.apply(renamed, new RenameTable(events, "audit_logs")));
    }

    @Test
    void aColumnPrivilegeNeedsItsColumnAndFollowsItsRenames() {
        assertFails(MODEL, new GrantPrivilege(GrantDef.onColumn(AUDIT_LOGS, "ghost", "app", "SELECT", false)),
                "no column public.audit_logs (ghost)");
        GrantDef onPayload = GrantDef.onColumn(AUDIT_LOGS, PAYLOAD.name(), "app", "UPDATE", true);
        SchemaModel granted = OpApplier.apply(MODEL, new GrantPrivilege(onPayload));
        SchemaModel renamed = OpApplier.apply(granted, List.of(new RenameColumn(AUDIT_LOGS, PAYLOAD.name(), "body"),
                new RenameTable(AUDIT_LOGS, "events")));
        GrantDef onBody = GrantDef.onColumn(QualifiedName.of("public", "events"), "body", "app", "UPDATE", true);
        assertEquals(java.util.Optional.of(onBody), renamed.grant(onBody.key()));
        assertTrue(renamed.grant(onPayload.key()).isEmpty());
        assertEquals(MODEL.grants(), OpApplier.apply(renamed, new RevokePrivilege(onBody)).grants());
    }

    @Test
    void onlyADefaultPrivilegeForEverySchemaTakesAwayWhatPublicGets() {
        GrantDef revoked = GrantDef.publicDefaultRevoked(GrantDef.Kind.DEFAULT_FUNCTIONS, "owner");
        assertEquals("default EXECUTE on new functions of owner from PUBLIC", revoked.describe());
        assertThrows(IllegalArgumentException.class, () -> new GrantDef(GrantDef.Kind.DEFAULT_FUNCTIONS, "billing", null, null, null,
                "owner", GrantDef.PUBLIC, "EXECUTE", false, true));
        assertThrows(IllegalArgumentException.class, () -> GrantDef.publicDefaultRevoked(GrantDef.Kind.DEFAULT_TABLES, "owner"));
        GrantDef inSchema = GrantDef.byDefault(GrantDef.Kind.DEFAULT_TABLES, "owner", "ghosts", "reporting", "select", false);
        assertEquals("SELECT on new tables of owner in ghosts to reporting", inSchema.describe());
        assertFails(MODEL, new GrantPrivilege(inSchema), "no schema ghosts");
    }

    @Test
    void changingRowSecurityNeedsTheCurrentMode() {
        assertFails(MODEL, new ChangeRowSecurity(ORDERS, RowSecurity.OFF, RowSecurity.FORCED), "is ENABLED, not OFF");
        assertEquals(RowSecurity.OFF, MODEL.rowSecurity(USERS));
    }
}
