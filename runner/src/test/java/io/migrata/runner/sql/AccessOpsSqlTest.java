package io.migrata.runner.sql;

import static io.migrata.runner.sql.OpCheck.assertAppliesExactly;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrata.schema.DomainDef;
import io.migrata.schema.GrantDef;
import io.migrata.schema.PolicyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.RowSecurity;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.SqlType;
import io.migrata.schema.op.AlterDomain;
import io.migrata.schema.op.ChangeRowSecurity;
import io.migrata.schema.op.CreateDomain;
import io.migrata.schema.op.CreatePolicy;
import io.migrata.schema.op.DropDomain;
import io.migrata.schema.op.DropPolicy;
import io.migrata.schema.op.GrantPrivilege;
import io.migrata.schema.op.RevokePrivilege;
import io.migrata.schema.op.SetSchemaComment;
import io.migrata.testing.PostgresExtension;
import io.migrata.testing.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Domains, schema comments, row-level security, policies and grants: each op's SQL changes the
 * database as the applier changes the model (read back by the introspector), and its inverse's SQL
 * brings it back.
 */
@ExtendWith(PostgresExtension.class)
class AccessOpsSqlTest {

    private static final String ROLE = "objects_a_sql_app";
    private static final QualifiedName NOTES = QualifiedName.of("public", "notes");
    private static final String SETUP = """
            CREATE SCHEMA billing;
            CREATE DOMAIN public.email AS text CONSTRAINT email_has_at CHECK (VALUE ~~ '%@%');
            CREATE TABLE notes (id bigint PRIMARY KEY, owner text NOT NULL, contact email);
            CREATE SEQUENCE note_no;
            CREATE FUNCTION note_count() RETURNS bigint LANGUAGE sql AS 'SELECT 0::bigint';
            ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
            CREATE POLICY own_notes ON notes USING (owner = CURRENT_USER);
            """;

    private static SchemaModel setUp(TestDatabase db) throws SQLException {
        db.execute("DO $$BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + ROLE + "') THEN CREATE ROLE " + ROLE
                + " NOLOGIN; END IF; END$$");
        return Databases.load(db, SETUP);
    }

    private static void dropRole(TestDatabase db) throws SQLException {
        db.execute("DROP OWNED BY " + ROLE + "; DROP ROLE " + ROLE);
    }

    @Test
    void domainsAreCreatedAlteredAndDropped(TestDatabase db) throws SQLException {
        SchemaModel model = setUp(db);
        try {
            DomainDef email = model.domain(QualifiedName.of("public", "email")).orElseThrow();
            assertEquals(List.of(new DomainDef.Check("email_has_at", "CHECK ((VALUE ~~ '%@%'::text))")), email.checks());
            DomainDef amount = new DomainDef(QualifiedName.of("billing", "amount"), SqlType.of("numeric(12,2)"), "0", true,
                    List.of(new DomainDef.Check("amount_not_negative", "CHECK ((VALUE >= (0)::numeric))")));
            assertAppliesExactly(db, new CreateDomain(amount));
            db.execute("CREATE DOMAIN billing.amount AS numeric(12,2) DEFAULT 0 NOT NULL"
                    + " CONSTRAINT amount_not_negative CHECK (VALUE >= 0)");
            assertAppliesExactly(db, new AlterDomain(amount, new DomainDef(amount.name(), SqlType.of("numeric(14,2)"), null, false,
                    amount.checks())));
            assertAppliesExactly(db, new AlterDomain(email, new DomainDef(email.name(), email.baseType(), "'nobody@example.com'::text", true,
                    List.of(new DomainDef.Check("email_has_at", "CHECK ((VALUE ~~ '%_@_%'::text))"),
                            new DomainDef.Check("email_short", "CHECK ((length(VALUE) < 200))")))));
            assertAppliesExactly(db, new DropDomain(amount));
        } finally {
            dropRole(db);
        }
    }

    @Test
    void schemaCommentsAndRowSecurityChange(TestDatabase db) throws SQLException {
        setUp(db);
        try {
            assertAppliesExactly(db, new SetSchemaComment("billing", null, "Invoices"));
            assertAppliesExactly(db, new ChangeRowSecurity(NOTES, RowSecurity.ENABLED, RowSecurity.FORCED));
            assertAppliesExactly(db, new ChangeRowSecurity(NOTES, RowSecurity.ENABLED, RowSecurity.FORCED_WHILE_DISABLED));
            assertAppliesExactly(db, new ChangeRowSecurity(NOTES, RowSecurity.ENABLED, RowSecurity.OFF));
        } finally {
            dropRole(db);
        }
    }

    @Test
    void policiesAreCreatedAndDropped(TestDatabase db) throws SQLException {
        SchemaModel model = setUp(db);
        try {
            assertAppliesExactly(db, new DropPolicy(model.policy(NOTES, "own_notes").orElseThrow()));
            PolicyDef everyone = new PolicyDef(NOTES, "app writes", "INSERT", false, List.of(ROLE, "PUBLIC"), null,
                    "(owner = CURRENT_USER)");
            assertEquals(List.of("PUBLIC"), everyone.roles());
            assertAppliesExactly(db, new CreatePolicy(everyone));
            assertAppliesExactly(db, new CreatePolicy(new PolicyDef(NOTES, "app_reads", "SELECT", true, List.of(ROLE),
                    "(contact IS NOT NULL)", null)));
        } finally {
            dropRole(db);
        }
    }

    @Test
    void grantsAndTheRevokedDefaultOfAFunction(TestDatabase db) throws SQLException {
        setUp(db);
        try {
            QualifiedName count = QualifiedName.of("public", "note_count");
            assertAppliesExactly(db, new GrantPrivilege(GrantDef.onRelation(GrantDef.Kind.TABLE, NOTES, ROLE, "SELECT", true)),
                    new GrantPrivilege(GrantDef.onRelation(GrantDef.Kind.TABLE, NOTES, "PUBLIC", "UPDATE", false)),
                    new GrantPrivilege(GrantDef.onRelation(GrantDef.Kind.SEQUENCE, QualifiedName.of("public", "note_no"), ROLE,
                            "USAGE", false)),
                    new GrantPrivilege(GrantDef.onSchema("billing", ROLE, "CREATE", false)),
                    new GrantPrivilege(GrantDef.onFunction(count, "", ROLE, "EXECUTE", false)),
                    new GrantPrivilege(GrantDef.executeRevokedFromPublic(count, "")));
            db.execute("GRANT SELECT ON notes TO " + ROLE);
            GrantDef read = GrantDef.onRelation(GrantDef.Kind.TABLE, NOTES, ROLE, "SELECT", false);
            assertEquals(List.of(read), Databases.read(db).grants().stream().filter(g -> g.kind() == GrantDef.Kind.TABLE).toList());
            assertAppliesExactly(db, new RevokePrivilege(read));
        } finally {
            dropRole(db);
        }
    }
}
