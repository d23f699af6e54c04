package io.migrata.schema.op;

import io.migrata.schema.ViewDef;

/** The words the view ops use for a view's kind. */
final class ViewKind {

    private ViewKind() {
    }

    static String of(ViewDef view) {
        return view.materialized() ? "materialized view" : "view";
    }
}
