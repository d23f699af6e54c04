package io.migrata.schema.migration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a {@link Migration} class's place in the revision graph.
 * {@code parents} is empty for a first revision and holds two ids for a merge revision.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

    /** The revision id, e.g. {@code 002_add_user_phone}. */
    String id();

    String[] parents() default {};

    String message() default "";

    /** ISO-8601 creation instant, e.g. {@code 2026-02-19T09:00:00Z}. */
    String created() default "";
}
