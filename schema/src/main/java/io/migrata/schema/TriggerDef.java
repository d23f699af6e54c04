package io.migrata.schema;

import java.util.Objects;

/**
 * A trigger on a table or view. {@code definition} is its {@code CREATE TRIGGER} statement as
 * {@code pg_get_triggerdef()} prints it (events, timing, level, condition and the function called),
 * compared as it is and run as it is to create the trigger again.
 */
public record TriggerDef(QualifiedName table, String name, String definition) {

    public TriggerDef {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
        if (name.isEmpty()) throw new IllegalArgumentException("trigger name is empty");
        if (definition.isBlank()) throw new IllegalArgumentException("definition of trigger " + name + " is empty");
    }

    /** {@code users_touch on public.users}. */
    public String describe() {
        return Identifiers.quote(name) + " on " + table;
    }
}
