package io.migrata.runner.sql;

import io.migrata.schema.IndexDef;
import io.migrata.schema.ViewDef;
import io.migrata.schema.op.CommentTarget;
import io.migrata.schema.op.CreateView;
import io.migrata.schema.op.DropView;
import io.migrata.schema.op.ReplaceView;

import java.util.List;

/** Views and materialized views: create, drop, replace. */
final class ViewSql {

    private ViewSql() {
    }

    /** The view, then a materialized view's indexes, then the comment. */
    static List<Statement> create(CreateView op) {
        return created(new Statements(op), op.view()).toList();
    }

    private static Statements created(Statements statements, ViewDef view) {
        statements.add(create(view));
        for (IndexDef index : view.indexes()) statements.add(IndexSql.create(view.name(), index, false));
        return statements.addIfPresent(comment(view));
    }

    static List<Statement> drop(DropView op) {
        return new Statements(op).add(drop(op.view())).toList();
    }

    /**
     * A materialized view created {@code WITH DATA} (the default) runs its query then, which is
     * its refresh; one created {@code WITH NO DATA} is left unpopulated, as the source was.
     * A plain view is replaced in place where PostgreSQL allows it ({@code CREATE OR REPLACE VIEW}
     * keeps dependent views and grants), which it does only when the new query keeps every column
     * with its name and type. Whether it does is known only to the server, so a {@code DO} block
     * falls back to drop and create on the error PostgreSQL raises for that
     * ({@code invalid_table_definition}). A materialized view has no {@code OR REPLACE}: it is
     * always dropped and created, and so is a view that becomes or stops being materialized.
     */
    static List<Statement> replace(ReplaceView op) {
        ViewDef from = op.from();
        ViewDef to = op.to();
        Statements statements = new Statements(op);
        if (from.materialized() || to.materialized()) {
            return created(statements.add(drop(from)), to).toList();
        }
        String comment = comment(to);
        // The queries go in unindented: indenting would change a string literal that spans lines.
        String body = "BEGIN\n"
                + "CREATE OR REPLACE VIEW " + to.name() + " AS\n" + SqlText.query(to.definition()) + ";\n"
                + "EXCEPTION WHEN invalid_table_definition THEN\n"
                + drop(from) + ";\n"
                + create(to) + ";\n"
                + (comment == null ? "" : comment + ";\n")
                + "END";
        return statements.add("DO " + SqlText.dollarQuoted(body)).toList();
    }

    private static String create(ViewDef view) {
        return "CREATE " + (view.materialized() ? "MATERIALIZED " : "") + "VIEW " + view.name() + " AS\n"
                + SqlText.query(view.definition()) + (view.withData() ? "" : "\nWITH NO DATA");
    }

    private static String drop(ViewDef view) {
        return "DROP " + (view.materialized() ? "MATERIALIZED " : "") + "VIEW " + view.name();
    }

    private static String comment(ViewDef view) {
        return CommentSql.onCreate(CommentTarget.view(view.name(), view.materialized()), view.comment());
    }
}
