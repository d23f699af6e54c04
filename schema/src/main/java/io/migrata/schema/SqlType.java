package io.migrata.schema;

import java.util.Objects;

/**
 * A column or sequence type in PostgreSQL's canonical spelling: what {@code format_type()} prints
 * with {@code search_path} set to {@code pg_catalog} ({@code character varying(20)},
 * {@code numeric(12,2)}, {@code timestamp(3) with time zone}, {@code text[]}, and user types always
 * schema-qualified, e.g. {@code public.bill_status}). Both readers produce this spelling, so two
 * types are the same exactly when their spellings are equal.
 */
public record SqlType(String spelling) {

    public SqlType {
        Objects.requireNonNull(spelling, "spelling");
        if (spelling.isBlank()) throw new IllegalArgumentException("type spelling is blank");
    }

    public static SqlType of(String spelling) {
        return new SqlType(spelling);
    }

    public boolean isArray() {
        return spelling.endsWith("[]");
    }

    @Override
    public String toString() {
        return spelling;
    }
}
