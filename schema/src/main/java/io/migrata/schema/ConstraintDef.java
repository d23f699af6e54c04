package io.migrata.schema;

/** A table constraint: what {@code DROP CONSTRAINT} removes and its inverse re-adds. */
public sealed interface ConstraintDef permits PrimaryKeyDef, UniqueDef, CheckDef, ForeignKeyDef {

    String name();

    /** The lower-case kind word used in messages: "primary key", "unique", "check", "foreign key". */
    String kind();
}
