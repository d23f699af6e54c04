package io.migrata.diff;

import io.migrata.schema.Identifiers;
import io.migrata.schema.SqlLiterals;
import io.migrata.schema.QualifiedName;

import java.util.Objects;

/**
 * A rename the diff must not guess: a table, a column or an enum label that has a new name in the
 * target model. Without a hint the diff drops the old object and creates the new one (and reports a
 * likely rename as a {@link RenameCandidate}).
 *
 * <p>{@code object} is the table (for a table or column) or the enum type, named as in the model
 * being migrated from; {@code from} and {@code to} are the old and new names (for a table, its
 * name without the schema: a table keeps its schema).
 *
 * <pre>{@code
 * RenameHint.parse("users.phone -> phone_number");              // column, schema public
 * RenameHint.parse("table billing.invoice -> billing.invoices");
 * RenameHint.parse("enum public.bill_status 'void' -> 'cancelled'");
 * RenameHint.column(QualifiedName.of("public", "users"), "phone", "phone_number");
 * }</pre>
 */
public record RenameHint(Kind kind, QualifiedName object, String from, String to) {

    public enum Kind { TABLE, COLUMN, ENUM_LABEL }

    public RenameHint {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isEmpty() || to.isEmpty()) throw new IllegalArgumentException("a rename hint has an empty name");
        if (from.equals(to)) throw new IllegalArgumentException("rename hint renames " + from + " to itself");
        if (kind == Kind.TABLE && !from.equals(object.name())) {
            throw new IllegalArgumentException("a table hint's from must be the table's name, " + object.name());
        }
    }

    public static RenameHint table(QualifiedName table, String newName) {
        return new RenameHint(Kind.TABLE, table, table.name(), newName);
    }

    public static RenameHint column(QualifiedName table, String from, String to) {
        return new RenameHint(Kind.COLUMN, table, from, to);
    }

    public static RenameHint enumLabel(QualifiedName type, String from, String to) {
        return new RenameHint(Kind.ENUM_LABEL, type, from, to);
    }

    /** Reads a hint written as {@link #toString()} writes it; unqualified names are in schema {@code public}. */
    public static RenameHint parse(String text) {
        return parse(text, "public");
    }

    /**
     * Reads {@code [column] [schema.]table.column -> new_column}, {@code table [schema.]name -> new_name} or
     * {@code enum [schema.]type 'label' -> 'new label'}. Unquoted names fold to lower case as in
     * PostgreSQL; double-quoted names are taken as written.
     *
     * @throws InvalidRenameHintException when the text is none of these
     */
    public static RenameHint parse(String text, String defaultSchema) {
        return new RenameHintParser(text, defaultSchema).parse();
    }

    /** {@code public.users.phone -> phone_number}, {@code table public.a -> b}, {@code enum public.s 'x' -> 'y'}. */
    @Override
    public String toString() {
        return switch (kind) {
            case TABLE -> "table " + object + " -> " + Identifiers.quote(to);
            case COLUMN -> object + "." + Identifiers.quote(from) + " -> " + Identifiers.quote(to);
            case ENUM_LABEL -> "enum " + object + " " + literal(from) + " -> " + literal(to);
        };
    }

    private static String literal(String label) {
        return SqlLiterals.quote(label);
    }
}
