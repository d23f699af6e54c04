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

    /**
     * Whether this first revision is a baseline: it builds the database as it was when Migrata
     * took over (written by {@code migrata baseline}). What it creates was there before Migrata, so
     * when the entities do not map one of those objects, a comparison leaves it alone instead of
     * dropping it.
     */
    boolean baseline() default false;

    /**
     * The revisions this one replaced when {@code migrata squash} joined them, oldest first. A
     * database whose version table names the last of them is at this revision; one that names an
     * earlier one is inside the squashed range, and the runner refuses it with the way out.
     */
    String[] replaces() default {};
}
