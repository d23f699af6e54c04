package io.migrata.schema.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a Java enum as a native PostgreSQL enum type instead of {@code varchar} plus a CHECK
 * constraint. Put it on an enum-typed field (or getter) or on the enum class itself; the labels are
 * the enum constants' names in declaration order. Migrata's entity reader adds the type to the
 * schema model and gives the column that type. Pair it with Hibernate's
 * {@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)} so Hibernate binds values as the enum type.
 *
 * <pre>{@code
 * @Enumerated(EnumType.STRING)
 * @JdbcTypeCode(SqlTypes.NAMED_ENUM)
 * @PgEnum(name = "bill_status")
 * private BillStatus status;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE})
public @interface PgEnum {

    /** The type name, as PostgreSQL stores it (unquoted names are folded to lower case). */
    String name();

    /** The schema of the type; empty means the schema of the table that uses it. */
    String schema() default "";
}
