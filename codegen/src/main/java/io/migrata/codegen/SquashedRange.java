package io.migrata.codegen;

import io.migrata.schema.op.SchemaOp;

import java.util.List;
import java.util.Objects;

/**
 * What makes a revision the squash of a range: the revisions it replaces (oldest first, written as
 * {@code @Revision(replaces = ...)}), and its downgrade, which is not the inverse of the upgrade ops
 * but what the replaced revisions' downgrades did, newest first; or, when one of them cannot be
 * undone, why the squashed revision cannot be either.
 *
 * @param downgrade    the downgrade ops, or {@code null} when {@code irreversible} says why there are none
 * @param irreversible why the downgrade refuses to run, or {@code null}
 */
public record SquashedRange(List<String> replaces, List<SchemaOp> downgrade, String irreversible) {

    public SquashedRange {
        replaces = List.copyOf(replaces);
        if (replaces.size() < 2) throw new IllegalArgumentException("a squash replaces at least two revisions: " + replaces);
        if ((downgrade == null) == (irreversible == null)) {
            throw new IllegalArgumentException("a squashed revision has either downgrade ops or the reason it has none");
        }
        downgrade = downgrade == null ? null : List.copyOf(downgrade);
    }

    public static SquashedRange reversible(List<String> replaces, List<SchemaOp> downgrade) {
        return new SquashedRange(replaces, Objects.requireNonNull(downgrade, "downgrade"), null);
    }

    public static SquashedRange irreversible(List<String> replaces, String why) {
        return new SquashedRange(replaces, null, Objects.requireNonNull(why, "why"));
    }
}
