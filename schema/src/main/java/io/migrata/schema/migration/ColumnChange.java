package io.migrata.schema.migration;

import java.util.function.Consumer;

/**
 * One clause of {@link Operations#alterColumn}, named after the SQL it stands for:
 * {@code setType(text())}, {@code setNotNull()}, {@code dropNotNull()}, {@code setDefault("0")},
 * {@code dropDefault()}, {@code setIdentity()}, {@code dropIdentity()}, {@code setExpression(…)},
 * {@code dropExpression()}, {@code setCollation("C")}, {@code resetCollation()}. Each aspect of a
 * column changes at most once per call.
 */
public abstract sealed class ColumnChange permits ColumnChange.Clause, TypeChange {

    ColumnChange() {
    }

    abstract void applyTo(ColumnDraft draft);

    static ColumnChange of(Consumer<ColumnDraft> change) {
        return new Clause(change);
    }

    static final class Clause extends ColumnChange {

        private final Consumer<ColumnDraft> change;

        private Clause(Consumer<ColumnDraft> change) {
            this.change = change;
        }

        @Override
        void applyTo(ColumnDraft draft) {
            change.accept(draft);
        }
    }
}
