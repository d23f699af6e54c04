package io.migrata.schema.migration;

import io.migrata.schema.IndexDef;
import io.migrata.schema.ViewDef;

import java.util.ArrayList;
import java.util.List;

/**
 * A view and its query: {@code view("active_users", "SELECT id, email FROM users WHERE active")},
 * optionally {@link #materialized()} and with a comment; a materialized view may have indexes and
 * be created {@link #withNoData()}:
 * <pre>{@code
 * view("rental_by_category", "SELECT …").materialized().withNoData()
 *         .index(index("rental_category").on("category").unique())
 * }</pre>
 */
public final class ViewSpec {

    private final String name;
    private final String query;
    private final boolean materialized;
    private final String comment;
    private final List<IndexSpec> indexes;
    private final boolean withData;

    ViewSpec(String name, String query, boolean materialized, String comment, List<IndexSpec> indexes, boolean withData) {
        this.name = name;
        this.query = query;
        this.materialized = materialized;
        this.comment = comment;
        this.indexes = List.copyOf(indexes);
        this.withData = withData;
    }

    public ViewSpec materialized() {
        return new ViewSpec(name, query, true, comment, indexes, withData);
    }

    public ViewSpec comment(String text) {
        return new ViewSpec(name, query, materialized, Require.present(text, "view comment"), indexes, withData);
    }

    /** {@code WITH NO DATA}: the materialized view is created empty, to be filled by {@code REFRESH MATERIALIZED VIEW}. */
    public ViewSpec withNoData() {
        return new ViewSpec(name, query, materialized, comment, indexes, false);
    }

    /** An index on the materialized view. */
    public ViewSpec index(IndexSpec index) {
        List<IndexSpec> more = new ArrayList<>(indexes);
        more.add(Require.present(index, "index of view " + name));
        return new ViewSpec(name, query, materialized, comment, more, withData);
    }

    public ViewDef resolve(ObjectNames names) {
        List<IndexDef> defs = indexes.stream().map(IndexSpec::resolve).toList();
        return new ViewDef(names.parse(name, "view"), query, materialized, comment, defs, !withData);
    }
}
