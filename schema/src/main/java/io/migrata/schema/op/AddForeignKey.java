package io.migrata.schema.op;

import io.migrata.schema.ForeignKeyDef;
import io.migrata.schema.Identifiers;
import io.migrata.schema.QualifiedName;

import java.util.Locale;
import java.util.Objects;

/**
 * {@code ALTER TABLE … ADD CONSTRAINT … FOREIGN KEY}: a foreign key added to an existing table,
 * including one the diff moved out of a {@link CreateTable} to break a cycle. With {@code notValid},
 * {@code … NOT VALID}: existing rows are left for a later {@link ValidateConstraint}.
 */
public record AddForeignKey(QualifiedName table, ForeignKeyDef foreignKey, boolean notValid) implements SchemaOp {

    public AddForeignKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(foreignKey, "foreignKey");
    }

    /** Checked as it is added. */
    public AddForeignKey(QualifiedName table, ForeignKeyDef foreignKey) {
        this(table, foreignKey, false);
    }

    @Override
    public SchemaOp inverse() {
        return new DropConstraint(table, foreignKey);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    /** {@code add foreign key orders_user_id_fkey on public.orders (user_id) references public.users (id) on delete cascade}. */
    @Override
    public String describe() {
        ForeignKeyDef fk = foreignKey;
        StringBuilder text = new StringBuilder("add foreign key ").append(Identifiers.quote(fk.name()))
                .append(" on ").append(table).append(' ').append(OpText.names(fk.columns()))
                .append(" references ").append(fk.targetTable()).append(' ').append(OpText.names(fk.targetColumns()));
        if (fk.matchFull()) text.append(" match full");
        if (fk.onDelete() != ForeignKeyDef.Action.NO_ACTION) text.append(" on delete ").append(action(fk.onDelete()));
        if (fk.onUpdate() != ForeignKeyDef.Action.NO_ACTION) text.append(" on update ").append(action(fk.onUpdate()));
        text.append(fk.deferrability().sqlSuffix().toLowerCase(Locale.ROOT));
        if (notValid) text.append(" not valid");
        return text.toString();
    }

    private static String action(ForeignKeyDef.Action action) {
        return action.sql().toLowerCase(Locale.ROOT);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitAddForeignKey(this);
    }
}
