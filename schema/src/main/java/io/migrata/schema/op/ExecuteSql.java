package io.migrata.schema.op;

import java.util.Objects;

/**
 * Hand-written SQL the model does not follow: {@code sql} runs on upgrade and {@code reverseSql} on
 * downgrade. Without {@code reverseSql} the op cannot be undone and {@link #inverse()} throws.
 * {@code transactional} is false for statements PostgreSQL refuses inside a transaction block
 * ({@code CREATE INDEX CONCURRENTLY}, {@code VACUUM}, …).
 *
 * <p>Never destructive by this flag, because what arbitrary SQL does to data is unknown: a
 * migration that deletes rows with it must say so itself.
 */
public record ExecuteSql(String sql, String reverseSql, boolean transactional) implements SchemaOp {

    public ExecuteSql {
        Objects.requireNonNull(sql, "sql");
        if (sql.isBlank()) throw new IllegalArgumentException("sql is blank");
        if (reverseSql != null && reverseSql.isBlank()) throw new IllegalArgumentException("reverse sql is blank");
    }

    /** Transactional SQL with no way back. */
    public static ExecuteSql irreversible(String sql) {
        return new ExecuteSql(sql, null, true);
    }

    @Override
    public SchemaOp inverse() {
        if (reverseSql == null) throw new IrreversibleOperationException(this);
        return new ExecuteSql(reverseSql, sql, transactional);
    }

    @Override
    public boolean isReversible() {
        return reverseSql != null;
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    /** {@code execute sql: UPDATE users SET …}, folded onto one line and shortened. */
    @Override
    public String describe() {
        return "execute sql: " + OpText.oneLine(sql);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitExecuteSql(this);
    }
}
