package io.migrata.schema.op;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.ColumnRef;
import io.migrata.schema.IdentityDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.TypeRules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code ALTER TABLE … ALTER COLUMN}: the column as it is ({@code from}) and as it becomes
 * ({@code to}). Any of type, nullability, default, identity, generation expression and collation
 * may change; the name may not (that is {@link RenameColumn}) and neither may the comment (that is
 * {@link SetComment}).
 *
 * <p>{@code using} is the {@code USING} expression for a type change from {@code from} to
 * {@code to}, and {@code reverseUsing} the one for the way back; either may be {@code null}, and
 * PostgreSQL then converts by assignment, which refuses a value that does not fit rather than
 * truncating it. Carrying both keeps the inverse exact.
 *
 * <p>Destructive when the type changes other than by a known widening ({@link TypeRules#isWidening}), and
 * when an identity is removed: recreating it restarts the numbering at its start value.
 */
public record AlterColumn(QualifiedName table, ColumnDef from, ColumnDef to, String using, String reverseUsing)
        implements SchemaOp {

    public AlterColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.name().equals(to.name())) {
            throw new IllegalArgumentException("alter column cannot rename " + from.name() + " to " + to.name()
                    + ": use RenameColumn");
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            throw new IllegalArgumentException("alter column cannot change the comment of " + from.name()
                    + ": use SetComment");
        }
        if (from.equals(to)) throw new IllegalArgumentException("alter column " + from.name() + " changes nothing");
        if ((using != null || reverseUsing != null) && from.type().equals(to.type())) {
            throw new IllegalArgumentException("alter column " + from.name() + " has a USING expression but keeps type "
                    + from.type());
        }
    }

    /** A change with a {@code USING} expression for this direction only. */
    public AlterColumn(QualifiedName table, ColumnDef from, ColumnDef to, String using) {
        this(table, from, to, using, null);
    }

    /** A change with no {@code USING} expression in either direction. */
    public AlterColumn(QualifiedName table, ColumnDef from, ColumnDef to) {
        this(table, from, to, null, null);
    }

    public boolean changesType() {
        return !from.type().equals(to.type());
    }

    public boolean changesNullability() {
        return from.nullable() != to.nullable();
    }

    public boolean changesDefault() {
        return !Objects.equals(from.defaultExpression(), to.defaultExpression());
    }

    public boolean changesIdentity() {
        return !Objects.equals(from.identity(), to.identity());
    }

    public boolean changesGenerated() {
        return !Objects.equals(from.generatedExpression(), to.generatedExpression());
    }

    public boolean changesCollation() {
        return !Objects.equals(from.collation(), to.collation());
    }

    @Override
    public SchemaOp inverse() {
        return new AlterColumn(table, to, from, reverseUsing, using);
    }

    @Override
    public boolean isDestructive() {
        boolean narrowing = changesType() && !TypeRules.isWidening(from.type(), to.type());
        boolean identityDropped = from.identity() != null && to.identity() == null;
        return narrowing || identityDropped;
    }

    /** {@code alter column public.users.phone: type character varying(20) -> text, NULL -> NOT NULL}. */
    @Override
    public String describe() {
        List<String> changes = new ArrayList<>();
        if (changesType()) {
            changes.add("type " + from.type() + " -> " + to.type() + (using == null ? "" : " using " + OpText.oneLine(using)));
        }
        if (changesCollation()) changes.add("collation " + OpText.orNone(from.collation()) + " -> " + OpText.orNone(to.collation()));
        if (changesNullability()) changes.add(to.nullable() ? "NOT NULL -> NULL" : "NULL -> NOT NULL");
        if (changesDefault()) {
            changes.add("default " + OpText.orNone(from.defaultExpression()) + " -> " + OpText.orNone(to.defaultExpression()));
        }
        if (changesIdentity()) changes.addAll(identityChanges(from.identity(), to.identity()));
        if (changesGenerated()) {
            changes.add("generated " + OpText.orNone(from.generatedExpression()) + " -> "
                    + OpText.orNone(to.generatedExpression()));
        }
        return "alter column " + new ColumnRef(table, from.name()) + ": " + String.join(", ", changes);
    }

    private static List<String> identityChanges(IdentityDef from, IdentityDef to) {
        if (from == null || to == null) {
            return List.of("identity " + (from == null ? "none" : from.generation().sql()) + " -> "
                    + (to == null ? "none" : to.generation().sql()));
        }
        List<String> changes = new ArrayList<>();
        if (from.generation() != to.generation()) {
            changes.add("identity " + from.generation().sql() + " -> " + to.generation().sql());
        }
        OpText.optionChanges(from.options(), to.options()).forEach(change -> changes.add("identity " + change));
        return changes;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitAlterColumn(this);
    }
}
