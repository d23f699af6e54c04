package io.migrata.workflow.model;

import io.migrata.workflow.config.ConfiguredUrl;
import io.migrata.workflow.config.ConfigurationException;
import io.migrata.workflow.config.UrlOrigin;
import java.util.Locale;
import java.util.Objects;

/**
 * One side of a comparison, as {@code diff --from X --to Y} names it: a database URL, the
 * configured database ({@code database}), the configured entities ({@code entities}), the
 * migrations' head ({@code head}) or a revision, each replayed on a scratch database.
 */
public sealed interface SchemaSource {

    String DATABASE = "database";
    String ENTITIES = "entities";
    String HEAD = "head";

    /** A database: the configured one when {@code url} is null. */
    record Database(ConfiguredUrl url) implements SchemaSource {
    }

    /** The JPA entities the project's settings name. */
    record Entities() implements SchemaSource {
    }

    /** The schema the migrations give at {@code target} ({@code head}, or a revision id or prefix). */
    record Revision(String target) implements SchemaSource {
        public Revision {
            Objects.requireNonNull(target, "target");
        }
    }

    /**
     * Reads what {@code option} names: {@code entities}, {@code head}, {@code database}, a URL
     * ({@code postgresql://}, {@code postgres://}, {@code jdbc:postgresql:}), else a revision.
     */
    static SchemaSource parse(String text, String option) {
        String value = text.strip();
        if (value.isEmpty()) throw new ConfigurationException(option + " is empty: name a database URL, entities, head or a revision");
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals(ENTITIES)) return new Entities();
        if (lower.equals(DATABASE)) return new Database(null);
        if (lower.startsWith("postgresql:") || lower.startsWith("postgres:") || lower.startsWith("jdbc:")) {
            return new Database(new ConfiguredUrl(value, new UrlOrigin(option)));
        }
        return new Revision(lower.equals(HEAD) ? HEAD : value);
    }
}
