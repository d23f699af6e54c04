package io.migrata.schema.op;

import io.migrata.schema.ConstraintDef;
import io.migrata.schema.Identifiers;
import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.PrimaryKeyDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.UniqueDef;

import java.util.List;
import java.util.Objects;

/**
 * {@code ALTER TABLE … ADD CONSTRAINT key … USING INDEX index}: a primary key or unique constraint
 * takes over a unique index built before (typically {@code CONCURRENTLY}, in a step of its own),
 * with a brief lock and no scan; PostgreSQL renames the index to the constraint's name.
 *
 * <p>The inverse ({@code released}) drops the constraint, which drops its index with it, and
 * builds the plain unique index {@link #indexDef()} again, so what follows it in a downgrade finds
 * the index the takeover found.
 */
public record TakeOverIndex(QualifiedName table, String index, ConstraintDef key, boolean released) implements SchemaOp {

    public TakeOverIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(key, "key");
        if (index.isEmpty()) throw new IllegalArgumentException("index name is empty");
        if (!(key instanceof PrimaryKeyDef) && !(key instanceof UniqueDef)) {
            throw new IllegalArgumentException("only a primary key or a unique constraint can take over an index, not "
                    + key.kind() + " " + key.name());
        }
    }

    public TakeOverIndex(QualifiedName table, String index, ConstraintDef key) {
        this(table, index, key, false);
    }

    /** The key's columns. */
    public List<String> columns() {
        return key instanceof PrimaryKeyDef primary ? primary.columns() : ((UniqueDef) key).columns();
    }

    /** The index the key takes over, as the model holds it before the takeover (and after the release). */
    public IndexDef indexDef() {
        boolean nullsNotDistinct = key instanceof UniqueDef unique && unique.nullsNotDistinct();
        return new IndexDef(index, columns().stream().map(IndexKey::column).toList(), true, nullsNotDistinct, "btree",
                List.of(), null);
    }

    @Override
    public SchemaOp inverse() {
        return new TakeOverIndex(table, index, key, !released);
    }

    @Override
    public boolean isDestructive() {
        return false;
    }

    @Override
    public String describe() {
        String what = key.kind() + " " + Identifiers.quote(key.name()) + " on " + table + " " + OpText.names(columns());
        return released ? "drop " + what + ", keeping its columns' unique index as " + Identifiers.quote(index)
                : "add " + what + " using the existing index " + Identifiers.quote(index);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitTakeOverIndex(this);
    }
}
