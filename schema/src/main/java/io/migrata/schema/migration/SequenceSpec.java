package io.migrata.schema.migration;

import io.migrata.schema.ColumnRef;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.SqlType;

/**
 * A sequence: its name, type ({@code bigint} unless {@link #as} says otherwise), the numbering
 * options that differ from PostgreSQL's defaults, the column that owns it and its comment.
 *
 * <pre>{@code
 * op.createSequence(sequence("invoice_no").start(1000).ownedBy("bills", "invoice_no"));
 * }</pre>
 */
public final class SequenceSpec {

    private final String name;
    private final SqlType type;
    private final Numbering numbering;
    private final String ownerTable;
    private final String ownerColumn;
    private final String comment;

    SequenceSpec(String name, SqlType type, Numbering numbering, String ownerTable, String ownerColumn, String comment) {
        this.name = name;
        this.type = type;
        this.numbering = numbering;
        this.ownerTable = ownerTable;
        this.ownerColumn = ownerColumn;
        this.comment = comment;
    }

    /** {@code AS type}: {@code smallint}, {@code integer} or {@code bigint}. */
    public SequenceSpec as(SqlType newType) {
        return new SequenceSpec(name, Require.present(newType, "sequence type"), numbering, ownerTable, ownerColumn,
                comment);
    }

    public SequenceSpec start(long value) {
        return with(numbering.withStart(value));
    }

    public SequenceSpec increment(long value) {
        return with(numbering.withIncrement(value));
    }

    public SequenceSpec minValue(long value) {
        return with(numbering.withMin(value));
    }

    public SequenceSpec maxValue(long value) {
        return with(numbering.withMax(value));
    }

    public SequenceSpec cache(long value) {
        return with(numbering.withCache(value));
    }

    public SequenceSpec cycle() {
        return with(numbering.withCycle());
    }

    /** {@code OWNED BY table.column}: dropping the column drops the sequence. */
    public SequenceSpec ownedBy(String table, String column) {
        return new SequenceSpec(name, type, numbering, Require.text(table, "owner table name"),
                Require.text(column, "owner column name"), comment);
    }

    public SequenceSpec comment(String text) {
        return new SequenceSpec(name, type, numbering, ownerTable, ownerColumn, Require.present(text, "sequence comment"));
    }

    String name() {
        return name;
    }

    boolean hasComment() {
        return comment != null;
    }

    /** The sequence with every option explicit, its names read with {@code names}. */
    public SequenceDef resolve(ObjectNames names) {
        ColumnRef owner = ownerTable == null ? null : new ColumnRef(names.parse(ownerTable, "owner table"), ownerColumn);
        return new SequenceDef(names.parse(name, "sequence"), type, numbering.resolve(type), owner, comment);
    }

    private SequenceSpec with(Numbering newNumbering) {
        return new SequenceSpec(name, type, newNumbering, ownerTable, ownerColumn, comment);
    }
}
