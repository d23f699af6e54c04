package io.migrata.schema;

import java.util.Objects;

/** {@code GENERATED {ALWAYS | BY DEFAULT} AS IDENTITY (options)} on a column. */
public record IdentityDef(Generation generation, SequenceOptions options) {

    public enum Generation {
        ALWAYS("ALWAYS"), BY_DEFAULT("BY DEFAULT");

        private final String sql;

        Generation(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }
    }

    public IdentityDef {
        Objects.requireNonNull(generation, "generation");
        Objects.requireNonNull(options, "options");
    }
}
