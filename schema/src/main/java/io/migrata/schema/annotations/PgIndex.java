package io.migrata.schema.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A PostgreSQL index that JPA's {@code @Index} cannot state: partial ({@code where}), on expressions,
 * with another access method ({@code using}), covering ({@code include}), or unique with
 * {@code NULLS NOT DISTINCT}. Put it on the entity class; it belongs to the entity's primary table.
 * Migrata's entity reader adds it to the schema model, so a generated migration creates it.
 *
 * <pre>{@code
 * @Entity
 * @PgIndex(name = "idx_users_active_email", columns = "(lower(email))", where = "deleted_at IS NULL", unique = true)
 * @PgIndex(name = "idx_users_tags", columns = "tags", using = "gin")
 * class User { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(PgIndexes.class)
public @interface PgIndex {

    /** The index name, as PostgreSQL stores it (unquoted names are folded to lower case). */
    String name();

    /**
     * The keys in order. A key is a column name, optionally followed by {@code ASC} or {@code DESC}
     * and {@code NULLS FIRST} or {@code NULLS LAST}; or an expression in parentheses, as in
     * {@code CREATE INDEX}: {@code "(lower(email))"}.
     */
    String[] columns();

    /** The partial-index condition without the {@code WHERE} keyword, or empty for none. */
    String where() default "";

    /** The access method: {@code btree}, {@code gin}, {@code gist}, {@code brin}, {@code hash}, … */
    String using() default "btree";

    /** Non-key columns stored in the index ({@code INCLUDE (...)}). */
    String[] include() default {};

    boolean unique() default false;

    /** {@code UNIQUE NULLS NOT DISTINCT} (PostgreSQL 15 and later); only with {@code unique = true}. */
    boolean nullsNotDistinct() default false;
}
