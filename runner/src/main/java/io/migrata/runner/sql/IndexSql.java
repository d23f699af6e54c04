package io.migrata.runner.sql;

import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.QualifiedName;

import java.util.stream.Collectors;

/** {@code CREATE INDEX} and {@code DROP INDEX}. */
final class IndexSql {

    private IndexSql() {
    }

    /**
     * {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] name ON table [USING method] (keys) [INCLUDE (…)]
     * [NULLS NOT DISTINCT] [WHERE predicate]}; the index lives in its table's schema.
     */
    static String create(QualifiedName table, IndexDef index, boolean concurrently) {
        StringBuilder sql = new StringBuilder("CREATE ").append(index.unique() ? "UNIQUE " : "").append("INDEX ")
                .append(concurrently ? "CONCURRENTLY " : "")
                .append(SqlText.name(index.name())).append(" ON ").append(table);
        if (!index.method().equals("btree")) sql.append(" USING ").append(SqlText.name(index.method()));
        sql.append(' ').append(index.keys().stream().map(IndexSql::key).collect(Collectors.joining(", ", "(", ")")));
        if (!index.include().isEmpty()) sql.append(" INCLUDE ").append(SqlText.names(index.include()));
        if (index.nullsNotDistinct()) sql.append(" NULLS NOT DISTINCT");
        if (index.predicate() != null) sql.append(" WHERE ").append(index.predicate());
        return sql.toString();
    }

    static String drop(QualifiedName table, IndexDef index, boolean concurrently) {
        return "DROP INDEX " + (concurrently ? "CONCURRENTLY " : "") + table.withName(index.name());
    }

    /** {@code column | (expression)} [COLLATE c] [opclass] [DESC] [NULLS FIRST | LAST]. */
    private static String key(IndexKey key) {
        StringBuilder sql = new StringBuilder(key.isExpression() ? "(" + key.expression() + ")" : SqlText.name(key.column()));
        if (key.collation() != null) sql.append(" COLLATE ").append(key.collation());
        if (key.opclass() != null) sql.append(' ').append(key.opclass());
        if (key.descending()) sql.append(" DESC");
        if (key.hasExplicitNullOrder()) sql.append(key.nullsFirst() ? " NULLS FIRST" : " NULLS LAST");
        return sql.toString();
    }
}
