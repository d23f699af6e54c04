package io.migrata.diff;

/** What can go wrong when an op runs against a database that holds data. */
public enum HazardKind {
    /** Rows or values are gone and the inverse cannot bring them back. */
    DATA_LOSS,
    /** PostgreSQL writes every row of the table again (and rebuilds its indexes). */
    TABLE_REWRITE,
    /**
     * A lock that blocks writes (SHARE, SHARE ROW EXCLUSIVE) or reads and writes (ACCESS EXCLUSIVE)
     * is held for as long as the table is rewritten, scanned or indexed; the message names the lock.
     */
    BLOCKING_LOCK,
    /** The op fails if existing rows do not satisfy what it asks for. */
    MAY_FAIL_ON_EXISTING_DATA,
    /**
     * A type change across families that PostgreSQL makes only with an explicit cast, which
     * would reinterpret values ({@code text} to {@code oid}) or reject some: the user must give
     * the conversion, and autogenerate refuses to write the revision until then.
     */
    CONVERSION_REQUIRED
}
