package io.migrata.entities.judge;

import io.migrata.schema.CheckDef;
import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;

/**
 * A model with the text of every expression (defaults, checks, generated columns, index
 * expressions and conditions) replaced by one mark, kept where there is one. The entity reader
 * keeps expressions as the entities write them, and PostgreSQL's spelling of them is the
 * workflow's to give (on a scratch database), so the judges of the reader compare everything else.
 */
public final class WrittenExpressions {

    private static final String MARK = "(expression)";

    private WrittenExpressions() {
    }

    public static SchemaModel masked(SchemaModel model) {
        return model.withTables(model.tables().stream().map(WrittenExpressions::masked).toList());
    }

    private static TableDef masked(TableDef table) {
        return table.withColumns(table.columns().stream()
                        .map(c -> c.withDefault(mark(c.defaultExpression())).withGenerated(mark(c.generatedExpression())))
                        .toList())
                .withChecks(table.checks().stream().map(c -> new CheckDef(c.name(), MARK)).toList())
                .withIndexes(table.indexes().stream().map(WrittenExpressions::masked).toList());
    }

    private static IndexDef masked(IndexDef index) {
        return new IndexDef(index.name(), index.keys().stream().map(k -> k.expression() == null ? k
                        : new IndexKey(null, MARK, k.descending(), k.nullsFirst(), k.opclass(), k.collation())).toList(),
                index.unique(), index.nullsNotDistinct(), index.method(), index.include(), mark(index.predicate()));
    }

    private static String mark(String expression) {
        return expression == null ? null : MARK;
    }
}
