package io.migrata.schema.migration;

/**
 * A short form such as {@code dropColumn("users", "phone")} was recorded by an {@link Operations}
 * that has no live schema to read the full definition from. The runner gives it one; anywhere
 * else, state the definition in full, as generated migrations do.
 */
public class DefinitionRequiredException extends IllegalStateException {

    DefinitionRequiredException(String message) {
        super(message);
    }
}
