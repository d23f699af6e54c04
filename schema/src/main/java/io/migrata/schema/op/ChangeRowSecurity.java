package io.migrata.schema.op;

import io.migrata.schema.QualifiedName;
import io.migrata.schema.RowSecurity;

import java.util.Locale;
import java.util.Objects;

/** {@code ALTER TABLE … ENABLE / DISABLE ROW LEVEL SECURITY} and {@code FORCE / NO FORCE}, as the modes differ. */
public record ChangeRowSecurity(QualifiedName table, RowSecurity from, RowSecurity to) implements SchemaOp {

    public ChangeRowSecurity {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from == to) throw new IllegalArgumentException("row security of " + table + " changes nothing");
    }

    @Override
    public SchemaOp inverse() {
        return new ChangeRowSecurity(table, to, from);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    /** {@code row security on public.notes: off -> forced}. */
    @Override
    public String describe() {
        return "row security on " + table + ": " + word(from) + " -> " + word(to);
    }

    private static String word(RowSecurity mode) {
        return mode.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitChangeRowSecurity(this);
    }
}
