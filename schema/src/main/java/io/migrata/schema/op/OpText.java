package io.migrata.schema.op;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.ConstraintDef;
import io.migrata.schema.Identifiers;
import io.migrata.schema.SqlLiterals;
import io.migrata.schema.IndexDef;
import io.migrata.schema.IndexKey;
import io.migrata.schema.SequenceOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How {@link SchemaOp#describe()} spells the parts of a definition. Descriptions end up in
 * generated Java comments and one-line CLI output, so free text (expressions, comments, SQL) is
 * folded onto one line and shortened.
 */
final class OpText {

    private static final int MAX_TEXT = 80;

    private OpText() {
    }

    /** Whitespace runs folded to one space; text longer than {@value #MAX_TEXT} characters cut with "...". */
    static String oneLine(String text) {
        String folded = text.strip().replaceAll("\\s+", " ");
        return folded.length() <= MAX_TEXT ? folded : folded.substring(0, MAX_TEXT - 3) + "...";
    }

    /** A SQL string literal of the text, folded onto one line. */
    static String literal(String text) {
        return SqlLiterals.quote(oneLine(text));
    }

    static String literals(List<String> texts) {
        return texts.stream().map(OpText::literal).collect(Collectors.joining(", ", "(", ")"));
    }

    static String names(List<String> names) {
        return names.stream().map(Identifiers::quote).collect(Collectors.joining(", ", "(", ")"));
    }

    /** {@code phone character varying(20) NULL}, with collation, default, identity or generation. */
    static String column(ColumnDef column) {
        StringBuilder text = new StringBuilder(Identifiers.quote(column.name())).append(' ').append(column.type());
        if (column.collation() != null) text.append(" COLLATE ").append(column.collation());
        text.append(column.nullable() ? " NULL" : " NOT NULL");
        if (column.defaultExpression() != null) text.append(" DEFAULT ").append(oneLine(column.defaultExpression()));
        if (column.identity() != null) {
            text.append(" GENERATED ").append(column.identity().generation().sql()).append(" AS IDENTITY");
        }
        if (column.generatedExpression() != null) {
            text.append(" GENERATED ALWAYS AS (").append(oneLine(column.generatedExpression())).append(") STORED");
        }
        return text.toString();
    }

    /** The words an op uses for a constraint of this kind: "unique constraint", "foreign key", … */
    static String constraintKind(ConstraintDef constraint) {
        String kind = constraint.kind();
        return kind.equals("unique") || kind.equals("check") ? kind + " constraint" : kind;
    }

    /** {@code [using gin ](a, lower(b) DESC)[ include (c)][ nulls not distinct][ where (…)]}. */
    static String indexBody(IndexDef index) {
        StringBuilder text = new StringBuilder();
        if (!index.method().equals("btree")) text.append("using ").append(index.method()).append(' ');
        text.append(index.keys().stream().map(OpText::indexKey).collect(Collectors.joining(", ", "(", ")")));
        if (!index.include().isEmpty()) text.append(" include ").append(names(index.include()));
        if (index.nullsNotDistinct()) text.append(" nulls not distinct");
        if (index.predicate() != null) text.append(" where ").append(oneLine(index.predicate()));
        return text.toString();
    }

    private static String indexKey(IndexKey key) {
        StringBuilder text = new StringBuilder(
                key.isExpression() ? "(" + oneLine(key.expression()) + ")" : Identifiers.quote(key.column()));
        if (key.collation() != null) text.append(" COLLATE ").append(key.collation());
        if (key.opclass() != null) text.append(' ').append(key.opclass());
        if (key.descending()) text.append(" DESC");
        if (key.hasExplicitNullOrder()) text.append(key.nullsFirst() ? " NULLS FIRST" : " NULLS LAST");
        return text.toString();
    }

    /** Each differing option as {@code "increment 1 -> 50"}, in declaration order. */
    static List<String> optionChanges(SequenceOptions from, SequenceOptions to) {
        List<String> changes = new ArrayList<>();
        change(changes, "start", from.start(), to.start());
        change(changes, "increment", from.increment(), to.increment());
        change(changes, "minvalue", from.min(), to.min());
        change(changes, "maxvalue", from.max(), to.max());
        change(changes, "cache", from.cache(), to.cache());
        if (from.cycle() != to.cycle()) changes.add(to.cycle() ? "no cycle -> cycle" : "cycle -> no cycle");
        return changes;
    }

    private static void change(List<String> changes, String option, long from, long to) {
        if (from != to) changes.add(option + " " + from + " -> " + to);
    }

    /** {@code none} for an absent value, so "from -> to" reads naturally. */
    static String orNone(Object value) {
        return value == null ? "none" : oneLine(value.toString());
    }
}
