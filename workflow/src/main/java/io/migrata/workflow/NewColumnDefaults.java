package io.migrata.workflow;

import io.migrata.diff.DefaultVolatility;
import io.migrata.diff.DiffOptions;
import io.migrata.schema.ColumnDef;
import io.migrata.schema.ColumnRef;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.TableDef;
import io.migrata.workflow.config.ConfigurationException;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The defaults of the columns a revision adds to existing tables: those the user gives with
 * {@code --default [schema.]table.column=EXPRESSION} for a new NOT NULL column without one (the
 * value its existing rows get), and which defaults need PostgreSQL's word on their volatility.
 */
final class NewColumnDefaults {

    private static final String FORM = "write [schema.]table.column=EXPRESSION, e.g. public.users.region='eu'";

    private NewColumnDefaults() {
    }

    /**
     * @throws ConfigurationException when an item does not read, or names a column that is not a new
     *                                NOT NULL column without a default on a table that exists already
     */
    static DiffOptions fill(DiffOptions options, List<String> items, SchemaModel from, SchemaModel to) {
        DiffOptions with = options;
        for (String item : items) {
            Map.Entry<ColumnRef, String> fill = ColumnConversions.assignment(item, "default", FORM);
            ColumnRef column = fill.getKey();
            Optional<ColumnDef> added = addedColumn(from, to, column);
            if (added.isEmpty() || added.get().nullable() || added.get().defaultExpression() != null
                    || added.get().identity() != null || added.get().generatedExpression() != null) {
                throw new ConfigurationException("--default " + item + ": " + column + " is not a NOT NULL column without"
                        + " a default that this revision adds to an existing table; give --default only for such a column");
            }
            with = with.withFillDefault(column, fill.getValue());
        }
        return with;
    }

    /**
     * The default expressions of the columns added to existing tables that call a function, the
     * ones whose volatility only the database can tell.
     */
    static Set<String> needingVolatility(SchemaModel from, SchemaModel to, DiffOptions options) {
        Set<String> expressions = new LinkedHashSet<>();
        for (TableDef table : to.tables()) {
            Optional<TableDef> before = from.table(table.name());
            if (before.isEmpty()) continue;
            for (ColumnDef column : table.columns()) {
                if (before.get().column(column.name()).isPresent()) continue;
                String fill = options.fillDefaults().get(new ColumnRef(table.name(), column.name()));
                String expression = fill != null ? fill : column.defaultExpression();
                if (expression != null && DefaultVolatility.unknown().isVolatile(expression)) expressions.add(expression);
            }
        }
        return expressions;
    }

    private static Optional<ColumnDef> addedColumn(SchemaModel from, SchemaModel to, ColumnRef column) {
        Optional<TableDef> before = from.table(column.table());
        Optional<TableDef> after = to.table(column.table());
        if (before.isEmpty() || after.isEmpty() || before.get().column(column.column()).isPresent()) return Optional.empty();
        return after.get().column(column.column());
    }
}
