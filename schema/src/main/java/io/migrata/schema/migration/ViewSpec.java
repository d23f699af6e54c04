package io.migrata.schema.migration;

import io.migrata.schema.ViewDef;

/**
 * A view and its query: {@code view("active_users", "SELECT id, email FROM users WHERE active")},
 * optionally {@link #materialized()} and with a comment.
 */
public final class ViewSpec {

    private final String name;
    private final String query;
    private final boolean materialized;
    private final String comment;

    ViewSpec(String name, String query, boolean materialized, String comment) {
        this.name = name;
        this.query = query;
        this.materialized = materialized;
        this.comment = comment;
    }

    public ViewSpec materialized() {
        return new ViewSpec(name, query, true, comment);
    }

    public ViewSpec comment(String text) {
        return new ViewSpec(name, query, materialized, Require.present(text, "view comment"));
    }

    public ViewDef resolve(ObjectNames names) {
        return new ViewDef(names.parse(name, "view"), query, materialized, comment);
    }
}
