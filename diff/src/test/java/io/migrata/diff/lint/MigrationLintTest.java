package io.migrata.diff.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migrata.schema.CheckDef;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SqlType;
import io.migrata.schema.TableDef;
import io.migrata.schema.UniqueDef;
import io.migrata.schema.op.AddCheckConstraint;
import io.migrata.schema.op.AddUniqueConstraint;
import io.migrata.schema.op.AlterColumn;
import io.migrata.schema.op.CreateIndex;
import io.migrata.schema.op.CreateTable;
import io.migrata.schema.op.ExecuteSql;
import io.migrata.schema.op.SchemaOp;
import io.migrata.schema.op.ValidateConstraint;
import org.junit.jupiter.api.Test;

import java.util.List;

class MigrationLintTest {

    private static final QualifiedName USERS = QualifiedName.of("public", "users");

    private static List<String> rules(SchemaOp... ops) {
        return MigrationLint.check(List.of(ops)).stream().map(LintFinding::rule).toList();
    }

    private static List<String> sql(String sql) {
        return rules(new ExecuteSql(sql, null, true));
    }

    @Test
    void blockingStatementsInHandWrittenSql() {
        assertEquals(List.of("create-index-not-concurrently"), sql("CREATE INDEX users_email_idx ON users (email)"));
        assertEquals(List.of(), sql("create index concurrently users_email_idx on users (email)"));
        assertEquals(List.of("drop-index-not-concurrently"), sql("DROP INDEX users_email_idx"));
        assertEquals(List.of("constraint-validated-as-added"),
                sql("ALTER TABLE users ADD CONSTRAINT users_org_fk FOREIGN KEY (org_id) REFERENCES orgs (id)"));
        assertEquals(List.of(), sql("ALTER TABLE users ADD CONSTRAINT users_org_fk FOREIGN KEY (org_id) REFERENCES orgs (id)"
                + " NOT VALID; ALTER TABLE users VALIDATE CONSTRAINT users_org_fk"));
        assertEquals(List.of("unique-index-built-under-lock"), sql("ALTER TABLE public.users ADD UNIQUE (email)"));
        assertEquals(List.of(), sql("ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key"));
        assertEquals(List.of("set-not-null-scans"), sql("ALTER TABLE users ALTER COLUMN email SET NOT NULL"));
        assertEquals(List.of(), sql("ALTER TABLE users ADD CONSTRAINT c CHECK (email IS NOT NULL) NOT VALID;"
                + " ALTER TABLE users VALIDATE CONSTRAINT c; ALTER TABLE users ALTER COLUMN email SET NOT NULL;"
                + " ALTER TABLE users DROP CONSTRAINT c"));
        assertEquals(List.of("type-change-rewrites-table"), sql("ALTER TABLE users ALTER COLUMN id TYPE bigint"));
        assertEquals(List.of("add-not-null-column-without-default"), sql("ALTER TABLE users ADD COLUMN region text NOT NULL"));
        assertEquals(List.of(), sql("ALTER TABLE users ADD COLUMN region text NOT NULL DEFAULT 'eu', ADD COLUMN note text"));
        assertEquals(List.of("whole-table-update"), sql("UPDATE users SET region = 'eu'"));
        assertEquals(List.of(), sql("UPDATE users SET region = 'eu' WHERE id < 1000"));
        assertEquals(List.of("table-rewrite", "explicit-lock"), sql("VACUUM FULL users; LOCK TABLE users IN EXCLUSIVE MODE"));
    }

    @Test
    void wordsInsideLiteralsCommentsAndBodiesAreNotStatements() {
        assertEquals(List.of(), sql("INSERT INTO notes (body) VALUES ('CREATE INDEX i ON users (email); DROP INDEX i')"));
        assertEquals(List.of(), sql("-- DROP INDEX old_idx\nSELECT 1 /* ALTER TABLE users ALTER email SET NOT NULL */"));
        assertEquals(List.of(), sql("CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $body$ BEGIN"
                + " CREATE INDEX i ON users (email); END $body$"));
    }

    @Test
    void tablesTheMigrationCreatesAreExempt() {
        assertEquals(List.of(), sql("CREATE TABLE \"Events\" (id bigint, code text); CREATE INDEX events_code ON \"Events\" (code);"
                + " ALTER TABLE \"Events\" ADD CONSTRAINT events_code_key UNIQUE (code); UPDATE \"Events\" SET code = 'x'"));
        TableDef events = TableDef.of(QualifiedName.of("public", "events"), List.of(ColumnDef.of("code", SqlType.of("text"))));
        assertEquals(List.of(), rules(new CreateTable(events),
                new CreateIndex(events.name(), IndexDef.on("events_code_idx", false, "code"), false)));
    }

    @Test
    void blockingMigrationApiCallsNameTheirOnlineForm() {
        CreateIndex index = new CreateIndex(USERS, IndexDef.on("users_email_idx", false, "email"), false);
        AddUniqueConstraint unique = new AddUniqueConstraint(USERS, UniqueDef.of("users_email_key", List.of("email")));
        CheckDef helper = new CheckDef("users_email_not_null", "email IS NOT NULL");
        ColumnDef email = ColumnDef.of("email", SqlType.of("text"));
        List<LintFinding> findings = MigrationLint.check(List.of(index, unique));
        assertEquals(List.of("create-index-not-concurrently", "unique-index-built-under-lock"),
                findings.stream().map(LintFinding::rule).toList());
        assertEquals("op.createUniqueConstraintUsingIndex(...): the index built CONCURRENTLY, then taken over",
                findings.get(1).instead());
        assertEquals(List.of(), rules(new CreateIndex(USERS, index.index(), true),
                new AddUniqueConstraint(USERS, unique.unique(), true)));
        assertEquals(List.of("set-not-null-scans"), rules(new AlterColumn(USERS, email, email.withNullable(false))));
        assertEquals(List.of(), rules(new AddCheckConstraint(USERS, helper, true), new ValidateConstraint(USERS, helper.name()),
                new AlterColumn(USERS, email, email.withNullable(false))));
    }
}
