package io.migrata.introspect;

import java.util.List;

/**
 * A schema asked for does not exist in the database. The message names it and lists the schemas
 * that do exist, so a misspelling or a case mismatch ({@code Sales} vs {@code sales}) is plain.
 */
public final class UnknownSchemaException extends RuntimeException {

    private final List<String> missing;
    private final List<String> existing;

    public UnknownSchemaException(List<String> missing, List<String> existing) {
        super(message(missing, existing));
        this.missing = List.copyOf(missing);
        this.existing = List.copyOf(existing);
    }

    /** The requested schemas that were not found. */
    public List<String> missing() {
        return missing;
    }

    /** The user schemas the database has. */
    public List<String> existing() {
        return existing;
    }

    private static String message(List<String> missing, List<String> existing) {
        String names = String.join(", ", missing.stream().map(s -> "\"" + s + "\"").toList());
        String subject = missing.size() == 1 ? "schema " + names + " does not exist" : "schemas " + names + " do not exist";
        String known = existing.isEmpty() ? "the database has no user schemas" : "the database has: " + String.join(", ", existing);
        return subject + " (" + known + "); schema names are case-sensitive, fix the schema list";
    }
}
