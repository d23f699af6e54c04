package io.migrata.schema.migration;

/** The comment of a table being created: {@code tableComment("Customers and staff")}. */
public final class TableComment extends TableElement {

    private final String text;

    TableComment(String text) {
        this.text = Require.present(text, "table comment");
    }

    String text() {
        return text;
    }
}
