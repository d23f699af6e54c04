package io.migrata.workflow;

import java.util.List;
import java.util.Objects;

/**
 * How {@link Migrata#autogenerate} compares and writes.
 *
 * <pre>{@code
 * migrata.autogenerate(AutogenerateOptions.message("add user phone").comparedWithHead().withRename("users.mobile=phone"));
 * }</pre>
 *
 * @param message        what the revision does; it names the revision
 * @param againstHead    compare the entities with the migrations' head replayed on a scratch database,
 *                       instead of the configured database (which must then be at head)
 * @param renames        renames instead of a drop and an add, as {@code OLD=NEW} ({@code users.mobile=phone},
 *                       {@code table users=members})
 * @param noRenames      write every likely rename as a drop and an add, without asking
 * @param writeWhenEmpty write the revision even when nothing changed
 * @param blocking       write the blocking forms instead of the online plan, whatever {@code migrata.online} says
 * @param defaults       the values existing rows get in new NOT NULL columns without a default, as
 *                       {@code [schema.]table.column=EXPRESSION}: the column is added with that default, which is
 *                       dropped right after
 * @param expandContract write a type change that rewrites an existing table as an expand revision and a contract
 *                       revision (docs/online.md), whatever {@code migrata.expand-contract} says
 */
public record AutogenerateOptions(String message, boolean againstHead, List<String> renames, boolean noRenames,
                                  boolean writeWhenEmpty, boolean blocking, List<String> defaults, boolean expandContract) {

    public AutogenerateOptions {
        Objects.requireNonNull(message, "message");
        renames = List.copyOf(renames);
        defaults = List.copyOf(defaults);
    }

    public AutogenerateOptions(String message, boolean againstHead, List<String> renames, boolean noRenames,
                               boolean writeWhenEmpty, boolean blocking) {
        this(message, againstHead, renames, noRenames, writeWhenEmpty, blocking, List.of(), false);
    }

    public static AutogenerateOptions message(String message) {
        return new AutogenerateOptions(message, false, List.of(), false, false, false);
    }

    /** These options plus the value existing rows get in a new NOT NULL column: {@code users.region='eu'}. */
    public AutogenerateOptions withDefaults(List<String> moreDefaults) {
        List<String> more = new java.util.ArrayList<>(defaults);
        more.addAll(moreDefaults);
        return new AutogenerateOptions(message, againstHead, renames, noRenames, writeWhenEmpty, blocking, more, expandContract);
    }

    public AutogenerateOptions comparedWithHead() {
        return new AutogenerateOptions(message, true, renames, noRenames, writeWhenEmpty, blocking, defaults, expandContract);
    }

    public AutogenerateOptions withRename(String rename) {
        List<String> more = new java.util.ArrayList<>(renames);
        more.add(rename);
        return new AutogenerateOptions(message, againstHead, more, noRenames, writeWhenEmpty, blocking, defaults, expandContract);
    }

    public AutogenerateOptions withRenames(List<String> moreRenames) {
        List<String> more = new java.util.ArrayList<>(renames);
        more.addAll(moreRenames);
        return new AutogenerateOptions(message, againstHead, more, noRenames, writeWhenEmpty, blocking, defaults, expandContract);
    }

    public AutogenerateOptions withoutRenames() {
        return new AutogenerateOptions(message, againstHead, renames, true, writeWhenEmpty, blocking, defaults, expandContract);
    }

    /** The blocking forms: for a database where blocking does not matter, such as a fresh development one. */
    public AutogenerateOptions blockingForms() {
        return new AutogenerateOptions(message, againstHead, renames, noRenames, writeWhenEmpty, true, defaults, expandContract);
    }

    /** A type change that rewrites an existing table as an expand revision and a contract revision. */
    public AutogenerateOptions expandingAndContracting() {
        return new AutogenerateOptions(message, againstHead, renames, noRenames, writeWhenEmpty, blocking, defaults, true);
    }

    public AutogenerateOptions writingWhenEmpty() {
        return new AutogenerateOptions(message, againstHead, renames, noRenames, true, blocking, defaults, expandContract);
    }
}
