package io.migrata.runner.sql;

import io.migrata.schema.op.CommentTarget;
import io.migrata.schema.op.CreateAggregate;
import io.migrata.schema.op.DropAggregate;

import java.util.List;

/** Aggregates: the {@code CREATE AGGREGATE} statement the definition holds (and the comment), and a drop by signature. */
final class AggregateSql {

    private AggregateSql() {
    }

    static List<Statement> create(CreateAggregate op) {
        return new Statements(op).add(SqlText.query(op.aggregate().definition()))
                .addIfPresent(CommentSql.onCreate(CommentTarget.aggregate(op.aggregate()), op.aggregate().comment())).toList();
    }

    static List<Statement> drop(DropAggregate op) {
        return new Statements(op).add("DROP AGGREGATE " + op.aggregate().signature()).toList();
    }
}
