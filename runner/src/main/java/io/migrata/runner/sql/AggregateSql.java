package io.migrata.runner.sql;

import io.migrata.schema.op.CreateAggregate;
import io.migrata.schema.op.DropAggregate;

import java.util.List;

/** Aggregates: the {@code CREATE AGGREGATE} statement the definition holds, and a drop by signature. */
final class AggregateSql {

    private AggregateSql() {
    }

    static List<Statement> create(CreateAggregate op) {
        return new Statements(op).add(SqlText.query(op.aggregate().definition())).toList();
    }

    static List<Statement> drop(DropAggregate op) {
        return new Statements(op).add("DROP AGGREGATE " + op.aggregate().signature()).toList();
    }
}
