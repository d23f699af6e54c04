package io.migrata.runner.sql;

/**
 * A backfill as one statement that runs outside the migration's transaction: a {@code DO} block
 * that runs the batch, commits it and runs it again until a batch updates no row. PostgreSQL 11
 * and later allow {@code COMMIT} in a {@code DO} block run outside a transaction block, so each
 * batch's row locks are released as soon as it is done, online and in a {@code psql} script alike.
 */
final class BackfillSql {

    private BackfillSql() {
    }

    static String batches(String batchSql) {
        String batch = batchSql.strip();
        if (batch.endsWith(";")) batch = batch.substring(0, batch.length() - 1).stripTrailing();
        String quote = dollarQuote(batch);
        return "DO " + quote + "\nDECLARE\n    updated bigint;\nBEGIN\n    LOOP\n        " + batch + ";\n"
                + "        GET DIAGNOSTICS updated = ROW_COUNT;\n        COMMIT;\n        EXIT WHEN updated = 0;\n"
                + "    END LOOP;\nEND\n" + quote;
    }

    /** A dollar quote the batch does not contain. */
    private static String dollarQuote(String body) {
        String tag = "backfill";
        while (body.contains("$" + tag + "$")) tag = tag + "_";
        return "$" + tag + "$";
    }
}
