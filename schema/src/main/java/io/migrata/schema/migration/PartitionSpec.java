package io.migrata.schema.migration;

/**
 * How a table being created takes part in partitioning: {@code partitionBy("RANGE (payment_date)")}
 * makes it partitioned, {@code partitionOf("payment", "FOR VALUES FROM ('2024-01-01') TO
 * ('2024-02-01')")} makes it a partition of another table (which lists no columns: they are the
 * parent's); a partition may also be partitioned. Key and bound are PostgreSQL's own text.
 */
public final class PartitionSpec extends TableElement {

    private final String key;
    private final String parent;
    private final String bound;

    PartitionSpec(String key, String parent, String bound) {
        this.key = key;
        this.parent = parent;
        this.bound = bound;
    }

    String key() {
        return key;
    }

    String parent() {
        return parent;
    }

    String bound() {
        return bound;
    }
}
