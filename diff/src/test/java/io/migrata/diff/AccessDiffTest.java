package io.migrata.diff;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.DomainDef;
import io.migrata.schema.GrantDef;
import io.migrata.schema.PolicyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.RowSecurity;
import io.migrata.schema.RowSecurityDef;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;
import io.migrata.schema.op.AddColumn;
import io.migrata.schema.op.AlterDomain;
import io.migrata.schema.op.ChangeRowSecurity;
import io.migrata.schema.op.CreateDomain;
import io.migrata.schema.op.CreatePolicy;
import io.migrata.schema.op.CreateTable;
import io.migrata.schema.op.DropDomain;
import io.migrata.schema.op.DropPolicy;
import io.migrata.schema.op.DropTable;
import io.migrata.schema.op.GrantPrivilege;
import io.migrata.schema.op.RevokePrivilege;
import io.migrata.schema.op.SetSchemaComment;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.migrata.diff.DiffAssert.assertDiff;
import static io.migrata.diff.Models.ORDERS_TABLE;
import static io.migrata.diff.Models.TEXT;
import static io.migrata.diff.Models.USERS;
import static io.migrata.diff.Models.USERS_TABLE;
import static io.migrata.diff.Models.keyed;
import static io.migrata.diff.Models.users;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccessDiffTest {

    private static final DomainDef EMAIL = new DomainDef(QualifiedName.of("public", "email"), TEXT, null, false,
            List.of(new DomainDef.Check("email_has_at", "CHECK ((VALUE ~~ '%@%'::text))")));
    private static final ColumnDef CONTACT = ColumnDef.of("contact", SqlType.of("public.email"));
    private static final PolicyDef OWN_USERS = new PolicyDef(USERS, "own", "ALL", true, List.of(), "(id > 0)", null);
    private static final GrantDef READ_USERS = GrantDef.onRelation(GrantDef.Kind.TABLE, USERS, "reporting", "SELECT", false);

    @Test
    void aDomainComesBeforeTheColumnsOfItsTypeAndGoesAfterThem() {
        SchemaModel from = users();
        List<ColumnDef> columns = new ArrayList<>(USERS_TABLE.columns());
        columns.add(CONTACT);
        SchemaModel to = from.withDomains(List.of(EMAIL)).withTables(List.of(USERS_TABLE.withColumns(columns), ORDERS_TABLE));
        assertDiff(from, to)
                .up(new CreateDomain(EMAIL), new AddColumn(USERS, CONTACT));
        DiffResult dropped = SchemaDiff.between(to, from);
        assertEquals(DropDomain.class, dropped.ops().get(dropped.ops().size() - 1).getClass(), dropped.ops().toString());
    }

    @Test
    void aNewCheckOrNotNullOnADomainIsAlteredInPlaceAndMayFail() {
        DomainDef stricter = new DomainDef(EMAIL.name(), TEXT, null, true, EMAIL.checks());
        assertDiff(users().withDomains(List.of(EMAIL)), users().withDomains(List.of(stricter)))
                .up(new AlterDomain(EMAIL, stricter))
                .hazards(HazardKind.MAY_FAIL_ON_EXISTING_DATA);
        DomainDef overVarchar = new DomainDef(EMAIL.name(), SqlType.of("character varying(200)"), null, false, List.of());
        assertDiff(users().withDomains(List.of(EMAIL)), users().withDomains(List.of(overVarchar)))
                .up(new AlterDomain(EMAIL, overVarchar));
    }

    @Test
    void aDroppedTableLosesItsGrantsPoliciesAndRowSecurityFirstSoTheDowngradeRestoresThem() {
        TableDef notes = keyed("notes");
        QualifiedName name = notes.name();
        PolicyDef own = new PolicyDef(name, "own", "SELECT", false, List.of("app"), "true", null);
        GrantDef read = GrantDef.onRelation(GrantDef.Kind.TABLE, name, "app", "SELECT", true);
        SchemaModel with = users().withTables(List.of(USERS_TABLE, ORDERS_TABLE, notes)).withPolicies(List.of(own))
                .withRowSecurity(List.of(new RowSecurityDef(name, RowSecurity.FORCED))).withGrants(List.of(read));
        assertDiff(with, users(), DiffOptions.defaults().withGrants(true))
                .up(new RevokePrivilege(read), new ChangeRowSecurity(name, RowSecurity.FORCED, RowSecurity.OFF), new DropPolicy(own),
                        new DropTable(notes))
                .down(new CreateTable(notes), new CreatePolicy(own), new ChangeRowSecurity(name, RowSecurity.OFF, RowSecurity.FORCED),
                        new GrantPrivilege(read));
    }

    @Test
    void grantsAreComparedOnlyWhenAsked() {
        SchemaModel granted = users().withGrants(List.of(READ_USERS));
        assertTrue(SchemaDiff.between(users(), granted).isEmpty());
        assertDiff(users(), granted, DiffOptions.defaults().withGrants(true)).up(new GrantPrivilege(READ_USERS));
        GrantDef withOption = GrantDef.onRelation(GrantDef.Kind.TABLE, USERS, "reporting", "SELECT", true);
        assertDiff(granted, users().withGrants(List.of(withOption)), DiffOptions.defaults().withGrants(true))
                .up(new RevokePrivilege(READ_USERS), new GrantPrivilege(withOption));
    }

    @Test
    void aChangedPolicyIsDroppedAndCreatedAndASchemaCommentIsSet() {
        PolicyDef narrower = new PolicyDef(USERS, "own", "SELECT", true, List.of(), "(id > 0)", null);
        SchemaModel from = users().withPolicies(List.of(OWN_USERS));
        SchemaModel to = users().withPolicies(List.of(narrower)).withSchemaComments(Map.of("public", "Everything"));
        assertDiff(from, to).up(new DropPolicy(OWN_USERS), new CreatePolicy(narrower), new SetSchemaComment("public", null, "Everything"));
    }
}
