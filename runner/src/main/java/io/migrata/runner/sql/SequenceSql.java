package io.migrata.runner.sql;

import io.migrata.schema.ColumnRef;
import io.migrata.schema.SequenceDef;
import io.migrata.schema.SequenceOptions;
import io.migrata.schema.op.AlterSequence;
import io.migrata.schema.op.CommentTarget;
import io.migrata.schema.op.CreateSequence;
import io.migrata.schema.op.DropSequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@code CREATE}, {@code ALTER} and {@code DROP SEQUENCE}, and the option list identity columns share. */
final class SequenceSql {

    private SequenceSql() {
    }

    static List<Statement> create(CreateSequence op) {
        SequenceDef sequence = op.sequence();
        StringBuilder sql = new StringBuilder("CREATE SEQUENCE ").append(sequence.name())
                .append(" AS ").append(sequence.type())
                .append(' ').append(String.join(" ", options(sequence.options())));
        if (sequence.ownedBy() != null) sql.append(" OWNED BY ").append(owner(sequence.ownedBy()));
        return new Statements(op)
                .add(sql.toString())
                .addIfPresent(CommentSql.onCreate(CommentTarget.sequence(sequence.name()), sequence.comment()))
                .toList();
    }

    /**
     * Only what changes is set, all in one statement, because PostgreSQL checks the options
     * together (a new minimum against a new start). A change of type resets a minimum or maximum
     * that was the old type's default to the new type's, so with the type both are always set.
     */
    static List<Statement> alter(AlterSequence op) {
        SequenceDef from = op.from();
        SequenceDef to = op.to();
        List<String> changes = new ArrayList<>();
        boolean typeChanges = !from.type().equals(to.type());
        if (typeChanges) changes.add("AS " + to.type());
        changes.addAll(changedOptions(from.options(), to.options(), typeChanges));
        if (!Objects.equals(from.ownedBy(), to.ownedBy())) {
            changes.add("OWNED BY " + (to.ownedBy() == null ? "NONE" : owner(to.ownedBy())));
        }
        return new Statements(op).add("ALTER SEQUENCE " + from.name() + " " + String.join(" ", changes)).toList();
    }

    static List<Statement> drop(DropSequence op) {
        return new Statements(op).add("DROP SEQUENCE " + op.sequence().name()).toList();
    }

    /** Every option, explicit: {@code START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE … CACHE 1 NO CYCLE}. */
    static List<String> options(SequenceOptions options) {
        return List.of(
                "START WITH " + options.start(),
                "INCREMENT BY " + options.increment(),
                "MINVALUE " + options.min(),
                "MAXVALUE " + options.max(),
                "CACHE " + options.cache(),
                options.cycle() ? "CYCLE" : "NO CYCLE");
    }

    /** The options that differ (all of them when {@code all}), in the same spelling as {@link #options}. */
    static List<String> changedOptions(SequenceOptions from, SequenceOptions to, boolean all) {
        List<String> changed = new ArrayList<>();
        if (all || from.start() != to.start()) changed.add("START WITH " + to.start());
        if (all || from.increment() != to.increment()) changed.add("INCREMENT BY " + to.increment());
        if (all || from.min() != to.min()) changed.add("MINVALUE " + to.min());
        if (all || from.max() != to.max()) changed.add("MAXVALUE " + to.max());
        if (all || from.cache() != to.cache()) changed.add("CACHE " + to.cache());
        if (all || from.cycle() != to.cycle()) changed.add(to.cycle() ? "CYCLE" : "NO CYCLE");
        return changed;
    }

    /** {@code public.bills.id}: OWNED BY names the table qualified, the column bare. */
    private static String owner(ColumnRef column) {
        return column.table() + "." + SqlText.name(column.column());
    }
}
