package io.migrata.runner.sql;

import io.migrata.schema.ColumnDef;
import io.migrata.schema.IdentityDef;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.SqlType;
import io.migrata.schema.TypeRules;
import io.migrata.schema.op.AlterColumn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ALTER TABLE … ALTER COLUMN}, one statement per changed property, in an order that always
 * works: what the new state forbids goes first (generation expression, identity, default, NOT
 * NULL), then the type, then what the new state adds (default, NOT NULL, identity, expression).
 * Separate statements run in the order written; subcommands of one {@code ALTER TABLE} do not.
 */
final class ColumnAlterationSql {

    /** The first major with {@code ALTER COLUMN … SET EXPRESSION}. */
    static final int SET_EXPRESSION_MAJOR = 17;

    /** A default drawing from a sequence, as {@code pg_get_expr()} prints it: the name is a literal with quotes doubled. */
    private static final Pattern NEXTVAL = Pattern.compile("nextval\\('((?:[^']|'')+)'::regclass\\)");

    /** The types {@code setval} takes values of without an explicit cast. */
    private static final Set<String> INTEGER_TYPES = Set.of("smallint", "integer", "bigint");

    private ColumnAlterationSql() {
    }

    static List<Statement> alter(AlterColumn op, RenderOptions options) {
        ColumnDef from = op.from();
        ColumnDef to = op.to();
        refuseUnsupportedGeneration(op, options);
        String column = TableSql.alterTable(op.table()) + "ALTER COLUMN " + SqlText.name(from.name()) + " ";
        List<String> sql = new ArrayList<>();
        boolean dropsExpression = from.generatedExpression() != null && to.generatedExpression() == null;
        boolean retypes = op.changesType() || op.changesCollation();
        if (dropsExpression) sql.add(column + "DROP EXPRESSION");
        if (from.identity() != null && to.identity() == null) sql.add(column + "DROP IDENTITY");
        // A default is not converted with the column (it may not cast): drop it first, set it after.
        boolean replacesDefault = op.changesDefault() || op.changesType() && from.defaultExpression() != null;
        if (replacesDefault && from.defaultExpression() != null) sql.add(column + "DROP DEFAULT");
        if (op.changesNullability() && to.nullable()) sql.add(column + "DROP NOT NULL");
        boolean converts = op.changesType() && to.generatedExpression() == null;
        if (converts && op.using() == null && TypeRules.narrowsComparably(from.type(), to.type())) {
            sql.add(misfitCheck(op.table(), from.name(), to.type()));
        }
        if (retypes) sql.add(column + type(op, converts));
        if (replacesDefault && to.defaultExpression() != null) {
            sql.add(column + "SET DEFAULT " + to.defaultExpression());
            if (op.changesDefault()) {
                newSequenceDefault(to).ifPresent(sequence -> sql.add(continueNumbering(op.table(), from.name(), sequence)));
            }
        }
        if (op.changesNullability() && !to.nullable()) sql.add(column + "SET NOT NULL");
        if (from.identity() == null && to.identity() != null) {
            sql.add(column + "ADD " + ColumnSql.identity(to.identity()));
            String sequence = "pg_get_serial_sequence(" + SqlText.literal(op.table().toString()) + ", "
                    + SqlText.literal(from.name()) + ")";
            sql.add(continueNumbering(op.table(), from.name(), sequence));
        }
        if (from.identity() != null && to.identity() != null && (op.changesIdentity() || op.changesType())) {
            sql.add(column + identityChanges(from.identity(), to.identity(), op.changesType()));
        }
        if (from.generatedExpression() != null && op.changesGenerated() && !dropsExpression) {
            sql.add(column + "SET EXPRESSION AS (" + to.generatedExpression() + ")");
        }
        return new Statements(op).addAll(sql).toList();
    }

    /**
     * {@code TYPE t [COLLATE c] [USING e]}. Without a collation the column takes its new type's
     * default one. Without a {@code USING} expression PostgreSQL converts by assignment, which
     * refuses a value that does not fit where an explicit cast would cut it ({@code varchar(n)},
     * {@code character(n)}, {@code bit(n)}). A generated column takes no {@code USING}: PostgreSQL
     * recomputes it.
     */
    private static String type(AlterColumn op, boolean usingAllowed) {
        ColumnDef to = op.to();
        StringBuilder sql = new StringBuilder("TYPE ").append(to.type());
        if (to.collation() != null) sql.append(" COLLATE ").append(to.collation());
        if (usingAllowed && op.using() != null) sql.append(" USING ").append(op.using());
        return sql.toString();
    }

    /**
     * Stops before a narrowing type change when any value would not come through unchanged, and
     * says how many rows hold one. An assignment refuses a string too long, but rounds numbers to
     * fewer decimals and times to fewer fractional digits without a word; counting the values the
     * new type changes catches both, before anything is altered.
     */
    private static String misfitCheck(QualifiedName table, String column, SqlType to) {
        String value = SqlText.name(column);
        String where = SqlText.literal(table + "." + value);
        String fix = SqlText.literal(" a value that " + to + " cannot hold unchanged; correct those rows first,"
                + " or give the conversion as a USING expression");
        String body = "DECLARE misfits bigint;\nBEGIN\n"
                + "  SELECT count(*) INTO misfits FROM " + table + " WHERE " + value + " IS DISTINCT FROM " + value + "::" + to + ";\n"
                + "  IF misfits > 0 THEN\n"
                + "    RAISE EXCEPTION USING ERRCODE = 'data_exception', MESSAGE = " + where + " || ': ' || misfits\n"
                + "      || CASE WHEN misfits = 1 THEN ' row holds' ELSE ' rows hold' END || " + fix + ";\n"
                + "  END IF;\nEND";
        return "DO " + SqlText.dollarQuoted(body);
    }

    /**
     * The sequence an integer column's new default {@code nextval('s'::regclass)} draws from, as
     * the text of a {@code regclass} literal ({@code 'public."Order No"'::regclass}), or empty for
     * any other default. The name inside is already quoted where needed; only the literal's doubled
     * quotes are undone before the name is written as a literal again.
     */
    private static Optional<String> newSequenceDefault(ColumnDef column) {
        Matcher nextval = NEXTVAL.matcher(column.defaultExpression());
        if (!nextval.matches() || !INTEGER_TYPES.contains(column.type().spelling())) return Optional.empty();
        return Optional.of(SqlText.literal(nextval.group(1).replace("''", "'")));
    }

    /**
     * An identity or a sequence default given to an existing column starts at the sequence's START,
     * at or below the values the rows already hold (a serial's ids, say), so the next insert would
     * collide. This moves the sequence to the column's highest value (its lowest for a descending
     * sequence), so the next one is that plus the increment, without changing the sequence's
     * options, which keeps the model equal to what the database reads back. Direction and START
     * are read from {@code pg_sequence} at run time: a sequence default's op does not know them.
     * Nothing happens for an empty table or when every value lies before START. {@code sequence}
     * is an expression whose text names the sequence, quoted where needed.
     */
    private static String continueNumbering(QualifiedName table, String column, String sequence) {
        String value = SqlText.name(column);
        return "SELECT setval(seqrelid, CASE WHEN seqincrement < 0 THEN min ELSE max END, true)"
                + " FROM (SELECT min(" + value + ") AS min, max(" + value + ") AS max FROM " + table + ") existing"
                + " JOIN pg_catalog.pg_sequence ON seqrelid = " + sequence + "::regclass"
                + " WHERE CASE WHEN seqincrement < 0 THEN min <= seqstart ELSE max >= seqstart END";
    }

    /**
     * {@code SET GENERATED … SET INCREMENT BY …}: the changed options, or all of them after a type
     * change, which resets a minimum or maximum that was the old type's default.
     */
    private static String identityChanges(IdentityDef from, IdentityDef to, boolean typeChanged) {
        List<String> changes = new ArrayList<>();
        if (from.generation() != to.generation()) changes.add("SET GENERATED " + to.generation().sql());
        SequenceSql.changedOptions(from.options(), to.options(), typeChanged).forEach(option -> changes.add("SET " + option));
        return String.join(" ", changes);
    }

    /**
     * PostgreSQL can drop a generation expression (13+) and replace one (17+), but never make an
     * existing column generated. Dropping and re-adding the column would do it, and would also
     * drop every index, constraint and view on the column: that is the migration's call to make.
     */
    private static void refuseUnsupportedGeneration(AlterColumn op, RenderOptions options) {
        if (!op.changesGenerated()) return;
        String column = op.from().name();
        if (op.from().generatedExpression() == null) {
            throw new UnsupportedChangeException(op, "PostgreSQL cannot turn the existing column " + column
                    + " into a generated column; drop the column and add it again as generated (DropColumn, AddColumn)");
        }
        if (op.to().generatedExpression() != null && options.serverMajorVersion() < SET_EXPRESSION_MAJOR) {
            throw new UnsupportedChangeException(op, "changing the generation expression of " + column
                    + " needs PostgreSQL " + SET_EXPRESSION_MAJOR + " (ALTER COLUMN … SET EXPRESSION) and the target is "
                    + options.serverMajorVersion() + "; render for a newer server, or drop the column and add it again"
                    + " with the new expression (DropColumn, AddColumn), which also drops its indexes and constraints");
        }
    }
}
