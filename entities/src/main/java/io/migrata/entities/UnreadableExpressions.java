package io.migrata.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * The expressions of the entities (defaults, CHECKs, index keys and predicates) that the reader
 * cannot spell the way PostgreSQL will store them. Each is a place where the model would differ
 * from the catalog after every upgrade, so reading stops, naming all of them at once, instead of
 * keeping the text as written.
 */
final class UnreadableExpressions {

    private final List<String> found = new ArrayList<>();

    /** @param where e.g. {@code the default of public.events.day}; @param why the printer's reason */
    void add(String where, String written, String why) {
        found.add(where + " '" + written.strip() + "' (" + why + ")");
    }

    void throwIfAny() {
        if (found.isEmpty()) return;
        String what = found.size() == 1 ? "an expression" : found.size() + " expressions";
        throw new EntityModelException("the entities have " + what + " Migrata cannot spell the way PostgreSQL stores it: "
                + String.join("; ", found) + ". Write each with the functions, operators, casts and constants docs/entities.md"
                + " lists, or set it in a migration by hand and leave it off the entity");
    }
}
