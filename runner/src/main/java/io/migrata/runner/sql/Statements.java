package io.migrata.runner.sql;

import io.migrata.schema.op.SchemaOp;

import java.util.ArrayList;
import java.util.List;

/** The statements of one op as they are rendered, in order. */
final class Statements {

    private final SchemaOp source;
    private final List<Statement> rendered = new ArrayList<>();

    Statements(SchemaOp source) {
        this.source = source;
    }

    Statements add(String sql) {
        rendered.add(new Statement(sql, true, source));
        return this;
    }

    Statements addAll(List<String> sql) {
        sql.forEach(this::add);
        return this;
    }

    /** A statement the runner runs on its own, after committing what came before (see {@link Statement}). */
    Statements addOutsideTransaction(String sql) {
        rendered.add(new Statement(sql, false, source));
        return this;
    }

    /** Adds the statement inside the transaction or, when {@code transactional} is false, outside it. */
    Statements add(String sql, boolean transactional) {
        return transactional ? add(sql) : addOutsideTransaction(sql);
    }

    /** Adds the statement when {@code sql} is not null. */
    Statements addIfPresent(String sql) {
        return sql == null ? this : add(sql);
    }

    List<Statement> toList() {
        return List.copyOf(rendered);
    }
}
