package io.migrata.diff;

import io.migrata.schema.ColumnRef;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.TableDef;
import io.migrata.schema.op.AlterSequence;
import io.migrata.schema.op.CommentTarget;
import io.migrata.schema.op.CreateSequence;
import io.migrata.schema.op.DropSequence;
import io.migrata.schema.op.SetComment;

import java.util.Objects;

/**
 * Free-standing sequences paired by name. The {@code OWNED BY} column needs care both ways: a
 * sequence is created before the tables whose defaults call {@code nextval} on it, so when its
 * owner is a column this diff adds, it is created without one and attached by a later
 * {@link AlterSequence}; and a sequence whose owner column goes away is detached first, since
 * dropping the column would otherwise drop the sequence with it. A column that is dropped and
 * added again ({@link RecreatedColumns}) counts as going away and as new.
 */
final class SequenceComparator {

    private SequenceComparator() {
    }

    static void compare(ModelIndex before, ModelIndex after, Changes changes) {
        for (SequenceDef from : before.model.sequences()) {
            SequenceDef to = after.sequence(from.name());
            if (to == null) drop(from, after, changes);
            else if (!from.equals(to) || ownedByRecreated(from, changes)) alter(from, to, after, changes);
        }
        for (SequenceDef to : after.model.sequences()) {
            if (before.sequence(to.name()) == null) create(to, before, changes);
        }
    }

    private static void drop(SequenceDef from, ModelIndex after, Changes changes) {
        if (from.ownedBy() != null && !stays(from.ownedBy(), after, changes)) {
            SequenceDef detached = withOwner(from, null);
            changes.add(new AlterSequence(from, detached));
            changes.add(new DropSequence(detached));
        } else {
            changes.add(new DropSequence(from));
        }
    }

    private static void alter(SequenceDef from, SequenceDef to, ModelIndex after, Changes changes) {
        SequenceDef target = withComment(to, from.comment());
        boolean ownerGoes = from.ownedBy() != null && !stays(from.ownedBy(), after, changes);
        if (ownerGoes && to.ownedBy() != null) {
            SequenceDef detached = withOwner(from, null);
            changes.add(new AlterSequence(from, detached));
            changes.add(new AlterSequence(detached, target));
        } else if (!from.equals(target)) {
            changes.add(new AlterSequence(from, target));
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            changes.add(new SetComment(CommentTarget.sequence(from.name()), from.comment(), to.comment()));
        }
    }

    private static void create(SequenceDef to, ModelIndex before, Changes changes) {
        if (to.ownedBy() == null || stays(to.ownedBy(), before, changes)) {
            changes.add(new CreateSequence(to));
        } else {
            SequenceDef unowned = withOwner(to, null);
            changes.add(new CreateSequence(unowned));
            changes.add(new AlterSequence(unowned, to));
        }
    }

    private static boolean ownedByRecreated(SequenceDef sequence, Changes changes) {
        return sequence.ownedBy() != null && changes.isRecreated(sequence.ownedBy());
    }

    /** Whether the column is in the model and is not dropped and added again by this diff. */
    private static boolean stays(ColumnRef column, ModelIndex model, Changes changes) {
        TableDef table = model.table(column.table());
        return table != null && table.column(column.column()).isPresent() && !changes.isRecreated(column);
    }

    private static SequenceDef withOwner(SequenceDef sequence, ColumnRef owner) {
        return new SequenceDef(sequence.name(), sequence.type(), sequence.options(), owner, sequence.comment());
    }

    private static SequenceDef withComment(SequenceDef sequence, String comment) {
        return new SequenceDef(sequence.name(), sequence.type(), sequence.options(), sequence.ownedBy(), comment);
    }
}
