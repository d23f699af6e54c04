package io.migrata.diff;

import io.migrata.schema.ColumnRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How {@link SchemaDiff} compares: the renames it must not guess ({@link RenameHint}), whether
 * indexes on existing tables are created and dropped {@code CONCURRENTLY} (off by default, since
 * such an index cannot be built inside a transaction), which objects it covers ({@link ObjectFilter},
 * everything by default), which of those are Migrata's to drop ({@link Ownership}, everything by
 * default), the conversions the user gives for type changes PostgreSQL has no assignment cast
 * for ({@code USING} expressions by column), and whether types are compared strictly by their
 * catalog text (off by default: spellings {@link io.migrata.schema.TypeRules#canonical equivalent}
 * in behaviour count as equal), which new columns' defaults are volatile ({@link DefaultVolatility},
 * as the compared database says), and the defaults given for new NOT NULL columns without one
 * ({@code --default}): such a column is added with the given default, which fills the existing
 * rows, and the default is then dropped, so the column ends as the target has it; and whether
 * grants are compared (off by default).
 *
 * <pre>{@code
 * DiffOptions options = DiffOptions.defaults()
 *         .withRename("users.phone -> phone_number")
 *         .withConcurrentIndexes(true)
 *         .withFilter(ObjectFilter.everything().excluding("shedlock"))
 *         .withConversion(new ColumnRef(QualifiedName.of("public", "files"), "blob"), "lo_from_bytea(0, blob)");
 * }</pre>
 */
public record DiffOptions(List<RenameHint> renames, boolean concurrentIndexes, ObjectFilter filter, Ownership ownership,
                          Map<ColumnRef, String> conversions, boolean strictTypes, DefaultVolatility volatility,
                          Map<ColumnRef, String> fillDefaults, boolean grants) {

    public DiffOptions {
        renames = List.copyOf(renames);
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(ownership, "ownership");
        conversions = Map.copyOf(conversions);
        Objects.requireNonNull(volatility, "volatility");
        fillDefaults = Map.copyOf(fillDefaults);
    }

    /**
     * Every object compared, and every one Migrata's; no conversions given, equivalent type spellings
     * equal; no answers about volatility, no defaults given for new columns, grants not compared.
     */
    public DiffOptions(List<RenameHint> renames, boolean concurrentIndexes) {
        this(renames, concurrentIndexes, ObjectFilter.everything(), Ownership.everything(), Map.of(), false,
                DefaultVolatility.unknown(), Map.of(), false);
    }

    public static DiffOptions defaults() {
        return new DiffOptions(List.of(), false);
    }

    /** These options plus a hint in {@link RenameHint#parse(String) text form}. */
    public DiffOptions withRename(String hint) {
        return withRename(RenameHint.parse(hint));
    }

    public DiffOptions withRename(RenameHint hint) {
        Objects.requireNonNull(hint, "hint");
        List<RenameHint> more = new ArrayList<>(renames);
        more.add(hint);
        return new DiffOptions(more, concurrentIndexes, filter, ownership, conversions, strictTypes, volatility,
                fillDefaults, grants);
    }

    public DiffOptions withConcurrentIndexes(boolean concurrently) {
        return new DiffOptions(renames, concurrently, filter, ownership, conversions, strictTypes, volatility,
                fillDefaults, grants);
    }

    public DiffOptions withFilter(ObjectFilter newFilter) {
        return new DiffOptions(renames, concurrentIndexes, newFilter, ownership, conversions, strictTypes, volatility,
                fillDefaults, grants);
    }

    public DiffOptions withOwnership(Ownership newOwnership) {
        return new DiffOptions(renames, concurrentIndexes, filter, newOwnership, conversions, strictTypes, volatility,
                fillDefaults, grants);
    }

    /** These options plus the {@code USING} expression that converts {@code column}'s values to its new type. */
    public DiffOptions withConversion(ColumnRef column, String using) {
        Objects.requireNonNull(column, "column");
        if (using == null || using.isBlank()) throw new IllegalArgumentException("the conversion of " + column + " is blank");
        Map<ColumnRef, String> more = new HashMap<>(conversions);
        more.put(column, using);
        return new DiffOptions(renames, concurrentIndexes, filter, ownership, more, strictTypes, volatility,
                fillDefaults, grants);
    }

    /** Whether grants are compared (off by default: users often manage privileges apart from the schema). */
    public DiffOptions withGrants(boolean compared) {
        return new DiffOptions(renames, concurrentIndexes, filter, ownership, conversions, strictTypes, volatility,
                fillDefaults, compared);
    }

    /** Whether types count as equal only when PostgreSQL's catalog spells them the same. */
    public DiffOptions withStrictTypes(boolean strict) {
        return new DiffOptions(renames, concurrentIndexes, filter, ownership, conversions, strict, volatility,
                fillDefaults, grants);
    }

    /** These options with PostgreSQL's answers on which new columns' defaults are volatile. */
    public DiffOptions withVolatility(DefaultVolatility newVolatility) {
        return new DiffOptions(renames, concurrentIndexes, filter, ownership, conversions, strictTypes, newVolatility,
                fillDefaults, grants);
    }

    /**
     * These options plus {@code expression} as the value existing rows get in {@code column}, a new
     * NOT NULL column without a default: it is added {@code DEFAULT expression}, then the default is dropped.
     */
    public DiffOptions withFillDefault(ColumnRef column, String expression) {
        Objects.requireNonNull(column, "column");
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("the default of " + column + " is blank");
        }
        Map<ColumnRef, String> more = new HashMap<>(fillDefaults);
        more.put(column, expression);
        return new DiffOptions(renames, concurrentIndexes, filter, ownership, conversions, strictTypes, volatility, more, grants);
    }
}
