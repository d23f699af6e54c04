package io.migrata.cli.output;

import io.migrata.schema.op.SchemaOp;
import io.migrata.workflow.Comparison;
import java.io.PrintWriter;
import java.util.List;

/**
 * Operations as a SQL script for {@code psql -v ON_ERROR_STOP=1 -f}: each operation's description
 * and hazards as comments, then its statements. Statements that may run in a transaction are
 * grouped between {@code BEGIN;} and {@code COMMIT;}; one that may not (such as
 * {@code CREATE INDEX CONCURRENTLY}) ends the group and is marked {@code -- outside a transaction}.
 */
public final class SqlScript {

    private final PrintWriter out;
    private boolean inTransaction;

    private SqlScript(PrintWriter out) {
        this.out = out;
    }

    /**
     * @param header     comment lines for the top, without {@code --}
     * @param comparison the operations, with their statements rendered
     */
    public static void write(List<String> header, Comparison comparison, PrintWriter out) {
        SqlScript script = new SqlScript(out);
        header.forEach(line -> out.println("-- " + line));
        for (int i = 0; i < comparison.ops().size(); i++) {
            SchemaOp op = comparison.ops().get(i);
            script.operation(op, comparison.hazardsOf(op), comparison.statements().get(i));
        }
        if (script.inTransaction) out.println("COMMIT;");
        out.flush();
    }

    private void operation(SchemaOp op, List<Comparison.Hazard> hazards, List<Comparison.SqlStatement> statements) {
        out.println();
        out.println("-- " + oneLine(op.describe()));
        for (Comparison.Hazard hazard : hazards) out.println("-- WARNING: " + hazard.kind() + ": " + oneLine(hazard.message()));
        for (Comparison.SqlStatement statement : statements) {
            if (statement.transactional()) {
                if (!inTransaction) {
                    out.println("BEGIN;");
                    inTransaction = true;
                }
            } else {
                if (inTransaction) {
                    out.println("COMMIT;");
                    inTransaction = false;
                }
                out.println("-- outside a transaction: PostgreSQL refuses it in a transaction block, or it must commit first");
            }
            out.println(statement.sql() + ";");
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }
}
