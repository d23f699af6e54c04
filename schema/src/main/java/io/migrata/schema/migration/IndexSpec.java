package io.migrata.schema.migration;

import io.migrata.schema.IndexDef;

import java.util.Arrays;
import java.util.List;

/**
 * An index: named, on columns or key expressions, a b-tree unless {@link #using} says otherwise.
 *
 * <pre>{@code
 * index("idx_users_email").on("email")
 * index("idx_bills_unpaid").on("due_date").where("status <> 'PAID'")
 * index("idx_users_lower_email").on(expression("lower(email)")).unique()
 * index("idx_meters_tags").on("tags").using("gin").concurrently()
 * }</pre>
 */
public final class IndexSpec extends TableElement {

    private final String name;
    private final List<IndexKeySpec> keys;
    private final boolean unique;
    private final boolean nullsNotDistinct;
    private final String method;
    private final List<String> include;
    private final String predicate;
    private final boolean concurrently;

    IndexSpec(String name) {
        this(Require.text(name, "index name"), List.of(), false, false, "btree", List.of(), null, false);
    }

    private IndexSpec(String name, List<IndexKeySpec> keys, boolean unique, boolean nullsNotDistinct, String method,
                      List<String> include, String predicate, boolean concurrently) {
        this.name = name;
        this.keys = keys;
        this.unique = unique;
        this.nullsNotDistinct = nullsNotDistinct;
        this.method = method;
        this.include = include;
        this.predicate = predicate;
        this.concurrently = concurrently;
    }

    /** Ascending keys on these columns. */
    public IndexSpec on(String... columns) {
        List<IndexKeySpec> newKeys = Require.names(columns, "index " + name, "column").stream()
                .map(Schema::key).toList();
        return new IndexSpec(name, newKeys, unique, nullsNotDistinct, method, include, predicate, concurrently);
    }

    public IndexSpec on(IndexKeySpec... newKeys) {
        Require.present(newKeys, "index " + name + " keys");
        if (newKeys.length == 0) throw new IllegalArgumentException("index " + name + " has no keys");
        Arrays.stream(newKeys).forEach(key -> Require.present(key, "index " + name + " key"));
        return new IndexSpec(name, List.of(newKeys), unique, nullsNotDistinct, method, include, predicate, concurrently);
    }

    public IndexSpec unique() {
        return new IndexSpec(name, keys, true, nullsNotDistinct, method, include, predicate, concurrently);
    }

    /** {@code NULLS NOT DISTINCT} (PostgreSQL 15), for a unique index. */
    public IndexSpec nullsNotDistinct() {
        return new IndexSpec(name, keys, unique, true, method, include, predicate, concurrently);
    }

    /** The access method: {@code "gin"}, {@code "gist"}, {@code "brin"}, {@code "hash"}, … */
    public IndexSpec using(String accessMethod) {
        return new IndexSpec(name, keys, unique, nullsNotDistinct, Require.text(accessMethod, "index method"), include,
                predicate, concurrently);
    }

    /** {@code INCLUDE (columns)}: stored in the index, not part of its key. */
    public IndexSpec include(String... columns) {
        return new IndexSpec(name, keys, unique, nullsNotDistinct, method,
                Require.names(columns, "index " + name + " include", "column"), predicate, concurrently);
    }

    /** {@code WHERE predicate}: a partial index. */
    public IndexSpec where(String condition) {
        return new IndexSpec(name, keys, unique, nullsNotDistinct, method, include,
                Require.sql(condition, "index predicate"), concurrently);
    }

    /**
     * {@code CREATE INDEX CONCURRENTLY} (or {@code DROP INDEX CONCURRENTLY}): no write lock on the
     * table, but no transaction either; only for {@link Operations#createIndex} and
     * {@link Operations#dropIndex}, and the migration's {@link Migration#transactional()} should
     * say false.
     */
    public IndexSpec concurrently() {
        return new IndexSpec(name, keys, unique, nullsNotDistinct, method, include, predicate, true);
    }

    String name() {
        return name;
    }

    boolean isConcurrently() {
        return concurrently;
    }

    public IndexDef resolve() {
        if (keys.isEmpty()) throw new IllegalArgumentException("index " + name + " has no keys: add .on(columns)");
        return new IndexDef(name, keys.stream().map(IndexKeySpec::resolve).toList(), unique, nullsNotDistinct, method,
                include, predicate);
    }
}
