package io.migrata.schema.migration;

import io.migrata.schema.IdentityDef;
import io.migrata.schema.SqlType;

/**
 * {@code GENERATED {BY DEFAULT | ALWAYS} AS IDENTITY} with the numbering options that differ from
 * PostgreSQL's defaults for the column's type.
 *
 * <pre>{@code
 * column("id", bigint()).identity(generatedAlways().start(1000))
 * }</pre>
 */
public final class IdentitySpec {

    private final IdentityDef.Generation generation;
    private final Numbering numbering;

    IdentitySpec(IdentityDef.Generation generation, Numbering numbering) {
        this.generation = generation;
        this.numbering = numbering;
    }

    public IdentitySpec start(long value) {
        return new IdentitySpec(generation, numbering.withStart(value));
    }

    public IdentitySpec increment(long value) {
        return new IdentitySpec(generation, numbering.withIncrement(value));
    }

    public IdentitySpec minValue(long value) {
        return new IdentitySpec(generation, numbering.withMin(value));
    }

    public IdentitySpec maxValue(long value) {
        return new IdentitySpec(generation, numbering.withMax(value));
    }

    public IdentitySpec cache(long value) {
        return new IdentitySpec(generation, numbering.withCache(value));
    }

    public IdentitySpec cycle() {
        return new IdentitySpec(generation, numbering.withCycle());
    }

    /** The identity of a column of this type, with every option explicit. */
    public IdentityDef resolve(SqlType type) {
        return new IdentityDef(generation, numbering.resolve(Require.present(type, "identity column type")));
    }
}
