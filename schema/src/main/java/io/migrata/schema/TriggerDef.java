package io.migrata.schema;

import java.util.Objects;

/**
 * A trigger on a table or view. {@code definition} is its {@code CREATE TRIGGER} statement as
 * {@code pg_get_triggerdef()} prints it (events, timing, level, condition and the function called),
 * compared as it is and run as it is to create the trigger again.
 *
 * @param comment the comment on it ({@code COMMENT ON TRIGGER}), or null
 */
public record TriggerDef(QualifiedName table, String name, String definition, String comment) {

    public TriggerDef {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
        if (name.isEmpty()) throw new IllegalArgumentException("trigger name is empty");
        if (definition.isBlank()) throw new IllegalArgumentException("definition of trigger " + name + " is empty");
    }

    /** A trigger without a comment. */
    public TriggerDef(QualifiedName table, String name, String definition) {
        this(table, name, definition, null);
    }

    public TriggerDef withComment(String newComment) {
        return new TriggerDef(table, name, definition, newComment);
    }

    /** {@code users_touch on public.users}. */
    public String describe() {
        return Identifiers.quote(name) + " on " + table;
    }
}
