package io.migrata.runner.sql;

import io.migrata.schema.DomainDef;
import io.migrata.schema.op.AlterDomain;
import io.migrata.schema.op.CommentTarget;
import io.migrata.schema.op.CreateDomain;
import io.migrata.schema.op.DropDomain;

import java.util.List;
import java.util.Objects;

/** Domains: create with everything in one statement, alter part by part, drop. */
final class DomainSql {

    private DomainSql() {
    }

    static List<Statement> create(CreateDomain op) {
        return new Statements(op).add(create(op.domain()))
                .addIfPresent(CommentSql.onCreate(CommentTarget.domain(op.domain().name()), op.domain().comment())).toList();
    }

    private static String create(DomainDef domain) {
        StringBuilder sql = new StringBuilder("CREATE DOMAIN ").append(domain.name()).append(" AS ").append(domain.baseType().spelling());
        if (domain.collation() != null) sql.append(" COLLATE ").append(domain.collation());
        if (domain.defaultValue() != null) sql.append(" DEFAULT ").append(domain.defaultValue());
        if (domain.notNull()) sql.append(" NOT NULL");
        for (DomainDef.Check check : domain.checks()) sql.append(" CONSTRAINT ").append(SqlText.name(check.name())).append(' ').append(check.definition());
        return sql.toString();
    }

    /** Checks are dropped before others are added, so a changed check keeps its name. */
    static List<Statement> alter(AlterDomain op) {
        if (op.recreates()) {
            return new Statements(op).add(drop(op.from())).add(create(op.to()))
                    .addIfPresent(CommentSql.onCreate(CommentTarget.domain(op.to().name()), op.to().comment())).toList();
        }
        Statements statements = new Statements(op);
        String domain = "ALTER DOMAIN " + op.to().name();
        if (!Objects.equals(op.from().defaultValue(), op.to().defaultValue())) {
            statements.add(domain + (op.to().defaultValue() == null ? " DROP DEFAULT" : " SET DEFAULT " + op.to().defaultValue()));
        }
        for (DomainDef.Check check : op.droppedChecks()) statements.add(domain + " DROP CONSTRAINT " + SqlText.name(check.name()));
        if (op.from().notNull() != op.to().notNull()) statements.add(domain + (op.to().notNull() ? " SET NOT NULL" : " DROP NOT NULL"));
        for (DomainDef.Check check : op.addedChecks()) {
            statements.add(domain + " ADD CONSTRAINT " + SqlText.name(check.name()) + " " + check.definition());
        }
        return statements.toList();
    }

    /** Never {@code CASCADE}: the columns of its type are dropped or changed by their own ops first. */
    static List<Statement> drop(DropDomain op) {
        return new Statements(op).add(drop(op.domain())).toList();
    }

    private static String drop(DomainDef domain) {
        return "DROP DOMAIN " + domain.name();
    }
}
