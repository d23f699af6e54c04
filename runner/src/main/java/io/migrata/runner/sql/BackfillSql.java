package io.migrata.runner.sql;

import io.migrata.schema.Identifiers;
import io.migrata.schema.QualifiedName;
import io.migrata.schema.op.Backfill;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A backfill as one statement that runs outside the migration's transaction: a {@code DO} block
 * that runs a batch, commits it and runs the next. PostgreSQL 11 and later allow {@code COMMIT} in
 * a {@code DO} block run outside a transaction block, so each batch's row locks are released as
 * soon as it is done, online and in a {@code psql} script alike.
 */
final class BackfillSql {

    private BackfillSql() {
    }

    static String render(Backfill op) {
        return op.byKey() == null ? batches(op.batchSql()) : byKey(op.table(), op.column(), op.byKey());
    }

    /** The batch run again until it updates no row. */
    static String batches(String batchSql) {
        String batch = batchSql.strip();
        if (batch.endsWith(";")) batch = batch.substring(0, batch.length() - 1).stripTrailing();
        String quote = dollarQuote(batch);
        return "DO " + quote + "\nDECLARE\n    updated bigint;\nBEGIN\n    LOOP\n        " + batch + ";\n"
                + "        GET DIAGNOSTICS updated = ROW_COUNT;\n        COMMIT;\n        EXIT WHEN updated = 0;\n"
                + "    END LOOP;\nEND\n" + quote;
    }

    /**
     * A walk along the key: each batch is the key range from the first key not yet passed to the
     * {@code BATCH_ROWS}-th after it, read from the key's index, so a batch costs the same at the end
     * of the table as at its start. The walk starts at the first row still pending, in key order: on
     * a rerun that skips what committed batches filled without writing it again. Rows written while
     * it runs, ahead of it or behind it, are the sync trigger's to fill; the range bounds never
     * depend on them being filled.
     */
    static String byKey(QualifiedName table, String column, Backfill.ByKey walk) {
        List<String> key = walk.key();
        List<String> from = variables("backfill_from_", key.size());
        List<String> to = variables("backfill_to_", key.size());
        String keyRow = walk.keyRow();
        String keyList = key.stream().map(Identifiers::quote).collect(Collectors.joining(", "));
        String fromRow = row(from);
        String toRow = row(to);
        String pending = "(" + walk.pending() + ")";
        String update = "UPDATE " + table + " SET " + Identifiers.quote(column) + " = " + walk.value() + " WHERE " + keyRow
                + " >= " + fromRow;
        StringBuilder body = new StringBuilder("DECLARE\n");
        for (int i = 0; i < key.size(); i++) {
            String type = table + "." + Identifiers.quote(key.get(i)) + "%TYPE";
            body.append("    ").append(from.get(i)).append(' ').append(type).append(";\n");
            body.append("    ").append(to.get(i)).append(' ').append(type).append(";\n");
        }
        body.append("BEGIN\n")
                .append("    SELECT ").append(keyList).append(" INTO ").append(String.join(", ", from)).append(" FROM ").append(table)
                .append(" WHERE ").append(pending).append(" ORDER BY ").append(keyList).append(" LIMIT 1;\n")
                .append("    IF NOT FOUND THEN\n        RETURN;\n    END IF;\n")
                .append("    LOOP\n")
                .append("        SELECT ").append(keyList).append(" INTO ").append(String.join(", ", to)).append(" FROM ").append(table)
                .append(" WHERE ").append(keyRow).append(" >= ").append(fromRow).append(" ORDER BY ").append(keyList)
                .append(" OFFSET ").append(Backfill.ByKey.BATCH_ROWS - 1).append(" LIMIT 1;\n")
                .append("        IF NOT FOUND THEN\n")
                .append("            ").append(update).append(" AND ").append(pending).append(";\n")
                .append("            COMMIT;\n            RETURN;\n        END IF;\n")
                .append("        ").append(update).append(" AND ").append(keyRow).append(" <= ").append(toRow).append(" AND ")
                .append(pending).append(";\n")
                .append("        COMMIT;\n")
                .append("        SELECT ").append(keyList).append(" INTO ").append(String.join(", ", from)).append(" FROM ").append(table)
                .append(" WHERE ").append(keyRow).append(" > ").append(toRow).append(" ORDER BY ").append(keyList).append(" LIMIT 1;\n")
                .append("        EXIT WHEN NOT FOUND;\n")
                .append("    END LOOP;\nEND\n");
        String quote = dollarQuote(body.toString());
        return "DO " + quote + "\n" + body + quote;
    }

    private static List<String> variables(String prefix, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) names.add(prefix + i);
        return names;
    }

    private static String row(List<String> values) {
        return "(" + String.join(", ", values) + ")";
    }

    /** A dollar quote the body does not contain. */
    private static String dollarQuote(String body) {
        String tag = "backfill";
        while (body.contains("$" + tag + "$")) tag = tag + "_";
        return "$" + tag + "$";
    }
}
