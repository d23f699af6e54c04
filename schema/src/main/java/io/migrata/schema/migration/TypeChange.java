package io.migrata.schema.migration;

import io.migrata.schema.SqlType;

/**
 * {@code SET DATA TYPE type [USING expression]}: {@code setType(text()).using("phone::text")}.
 * Without {@code using} the column is cast to the new type.
 */
public final class TypeChange extends ColumnChange {

    private final SqlType type;
    private final String using;
    private final String reverseUsing;

    TypeChange(SqlType type, String using, String reverseUsing) {
        this.type = type;
        this.using = using;
        this.reverseUsing = reverseUsing;
    }

    /** How each old value becomes a value of the new type, e.g. {@code "amount_cents / 100.0"}. */
    public TypeChange using(String expression) {
        return new TypeChange(type, Require.sql(expression, "using expression"), reverseUsing);
    }

    /**
     * The {@code USING} expression for the way back. It is kept with the change so the recorded
     * operation inverts exactly; a hand-written {@code downgrade()} states its own {@code using}.
     */
    public TypeChange reverseUsing(String expression) {
        return new TypeChange(type, using, Require.sql(expression, "reverse using expression"));
    }

    @Override
    void applyTo(ColumnDraft draft) {
        draft.setType(type, using, reverseUsing);
    }
}
