package io.migrata.schema.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The entity's table is partitioned ({@code CREATE TABLE … PARTITION BY}), which JPA cannot state.
 * The partitions themselves are not entities: a migration creates them
 * ({@code op.createTable("payment_p2024_01", partitionOf("payment", "FOR VALUES …"))}), and the
 * database's partitions of an entity table count as wanted when the entities are compared with it.
 *
 * <pre>{@code
 * @Entity
 * @PgPartitionBy("RANGE (payment_date)")
 * class Payment { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PgPartitionBy {

    /**
     * The partition key as {@code pg_get_partkeydef()} prints it: the strategy ({@code RANGE},
     * {@code LIST} or {@code HASH}) and the key columns or parenthesized expressions,
     * {@code "LIST (region)"}, {@code "HASH (id)"}, {@code "RANGE (created_at, (lower(name)))"}.
     */
    String value();
}
