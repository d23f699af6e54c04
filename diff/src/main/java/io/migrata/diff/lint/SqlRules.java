package io.migrata.diff.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lint rules for hand-written SQL. They read each statement's shape ({@link SqlStatements}):
 * a word inside a literal, a quoted name or a function body never matches. Table names are read
 * from the statement as written, so a table created earlier in the same migration is recognised.
 */
final class SqlRules {

    static final String SAFE_NOT_NULL = "ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT c (in its"
            + " own transaction); then SET NOT NULL, which trusts the check (PostgreSQL 12+), and DROP CONSTRAINT c";
    static final String EXPAND_CONTRACT = "expand and contract across revisions: add a new column, keep it in sync with a"
            + " trigger, backfill it in batches (op.backfill), then switch readers and drop the old column";
    static final String ADD_THEN_BACKFILL = "add the column nullable without the default, fill it in batches (op.backfill),"
            + " then set the default and NOT NULL the safe way";

    private static final String IDENTIFIER = "(?:\"(?:[^\"]|\"\")+\"|[\\p{L}_][\\p{L}\\p{N}_$]*)";
    private static final String NAME = "(" + IDENTIFIER + "(?:\\s*\\.\\s*" + IDENTIFIER + ")?)";
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "(?is)^\\s*CREATE\\s+(?:(?:GLOBAL|LOCAL)\\s+)?(?:(?:TEMP|TEMPORARY|UNLOGGED)\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?" + NAME);
    private static final Pattern INDEX_TABLE = Pattern.compile("(?is)\\sON\\s+(?:ONLY\\s+)?" + NAME);
    private static final Pattern ALTER_TABLE = Pattern.compile(
            "(?is)^\\s*ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?" + NAME);
    private static final Pattern DML_TABLE = Pattern.compile("(?is)^\\s*(?:UPDATE|DELETE\\s+FROM)\\s+(?:ONLY\\s+)?" + NAME);

    private SqlRules() {
    }

    static Set<String> createdTables(String sql) {
        Set<String> created = new java.util.HashSet<>();
        for (String statement : SqlStatements.of(sql).original()) {
            Matcher create = CREATE_TABLE.matcher(statement);
            if (create.find()) created.add(table(create.group(1)));
        }
        return created;
    }

    /**
     * @param created   tables the migration creates, by name without schema
     * @param validated tables a constraint was validated on so far in the migration; this adds to it
     */
    static List<LintFinding> check(String sql, Set<String> created, Set<String> validated) {
        SqlStatements statements = SqlStatements.of(sql);
        List<LintFinding> findings = new ArrayList<>();
        for (int i = 0; i < statements.shape().size(); i++) {
            String original = statements.original().get(i);
            String shape = statements.shape().get(i);
            statement(original, shape, created, validated, findings);
        }
        return findings;
    }

    private static void statement(String original, String shape, Set<String> created, Set<String> validated,
                                  List<LintFinding> findings) {
        String brief = brief(original);
        if (shape.matches("^CREATE (UNIQUE )?INDEX .*") && !shape.matches("^CREATE (UNIQUE )?INDEX CONCURRENTLY .*")) {
            if (isCreated(INDEX_TABLE, original, created)) return;
            findings.add(new LintFinding("create-index-not-concurrently", brief, "holds a SHARE lock on the table while the"
                    + " index builds, which blocks every write", "CREATE INDEX CONCURRENTLY, in a step outside the transaction"
                    + " (op.outsideTransaction(tx -> tx.execute(...)), or op.createIndex(table, index(...).concurrently()))"));
            return;
        }
        if (shape.startsWith("DROP INDEX ") && !shape.startsWith("DROP INDEX CONCURRENTLY ")) {
            findings.add(new LintFinding("drop-index-not-concurrently", brief, "takes an ACCESS EXCLUSIVE lock on the table,"
                    + " queued behind every running query and in front of every later one", "DROP INDEX CONCURRENTLY, outside"
                    + " the transaction"));
            return;
        }
        if (shape.startsWith("ALTER TABLE ")) {
            if (isCreated(ALTER_TABLE, original, created)) return;
            Matcher table = ALTER_TABLE.matcher(original);
            String name = table.find() ? table(table.group(1)) : "";
            for (String action : actions(shape)) alterAction(brief, action, name, validated, findings);
            return;
        }
        if (shape.startsWith("VACUUM FULL") || shape.startsWith("VACUUM (FULL") || shape.startsWith("CLUSTER")) {
            findings.add(new LintFinding("table-rewrite", brief, "rewrites the table under an ACCESS EXCLUSIVE lock,"
                    + " blocking reads and writes until it ends", "plain VACUUM, or pg_repack, outside the migrations"));
            return;
        }
        if (shape.startsWith("REINDEX ") && !shape.contains(" CONCURRENTLY")) {
            findings.add(new LintFinding("reindex-not-concurrently", brief, "locks out writes (and reads that use the index)"
                    + " while it rebuilds", "REINDEX ... CONCURRENTLY (PostgreSQL 12+), outside the transaction"));
            return;
        }
        if (shape.startsWith("REFRESH MATERIALIZED VIEW ") && !shape.startsWith("REFRESH MATERIALIZED VIEW CONCURRENTLY")) {
            findings.add(new LintFinding("refresh-not-concurrently", brief, "holds an ACCESS EXCLUSIVE lock on the view, so"
                    + " every read of it waits", "REFRESH MATERIALIZED VIEW CONCURRENTLY (the view needs a unique index)"));
            return;
        }
        if (shape.startsWith("LOCK ")) {
            findings.add(new LintFinding("explicit-lock", brief, "holds the lock until the migration's transaction ends",
                    "no explicit lock; if one is needed, the weakest mode that works, and nothing slow after it"));
            return;
        }
        if ((shape.startsWith("UPDATE ") || shape.startsWith("DELETE FROM ")) && !shape.contains(" WHERE ")) {
            if (isCreated(DML_TABLE, original, created)) return;
            findings.add(new LintFinding("whole-table-update", brief, "changes every row in one transaction, holding each row"
                    + " lock until it commits (and, in the migration's transaction, every lock taken before)",
                    "op.backfill(table, column, \"UPDATE ... WHERE key IN (SELECT key ... LIMIT 10000)\"), committed batch by batch"));
        }
    }

    private static void alterAction(String brief, String action, String table, Set<String> validated,
                                    List<LintFinding> findings) {
        if (action.startsWith("VALIDATE CONSTRAINT ")) {
            validated.add(table);
            return;
        }
        boolean addsConstraint = action.matches("^ADD (CONSTRAINT \\S+ )?(FOREIGN KEY|CHECK|UNIQUE|PRIMARY KEY|EXCLUDE)\\b.*");
        if (addsConstraint) {
            if (action.matches("^ADD (CONSTRAINT \\S+ )?(FOREIGN KEY|CHECK)\\b.*") && !action.contains(" NOT VALID")) {
                findings.add(new LintFinding("constraint-validated-as-added", brief, "checks every existing row while holding"
                        + " the lock it takes (ACCESS EXCLUSIVE for a CHECK; SHARE ROW EXCLUSIVE on both tables for a"
                        + " foreign key), blocking writes", "ADD ... NOT VALID, then VALIDATE CONSTRAINT in its own transaction"));
            } else if (action.matches("^ADD (CONSTRAINT \\S+ )?(UNIQUE|PRIMARY KEY)\\b.*") && !action.contains(" USING INDEX")) {
                findings.add(new LintFinding("unique-index-built-under-lock", brief, "builds the unique index under an ACCESS"
                        + " EXCLUSIVE lock, blocking reads and writes", "CREATE UNIQUE INDEX CONCURRENTLY i ...; then ADD"
                        + " CONSTRAINT c UNIQUE USING INDEX i (or PRIMARY KEY USING INDEX i)"));
            }
            return;
        }
        if (action.matches("^ALTER (COLUMN )?\\S+ SET NOT NULL$")) {
            if (validated.contains(table)) return;
            findings.add(new LintFinding("set-not-null-scans", brief, "scans every row under an ACCESS EXCLUSIVE lock",
                    SAFE_NOT_NULL));
            return;
        }
        if (action.matches("^ALTER (COLUMN )?\\S+ (SET DATA )?TYPE .*")) {
            findings.add(new LintFinding("type-change-rewrites-table", brief, "rewrites the table and its indexes under an"
                    + " ACCESS EXCLUSIVE lock, unless the new type is binary-coercible (a longer varchar, varchar to text)",
                    EXPAND_CONTRACT));
            return;
        }
        if (action.startsWith("ADD ")) addColumn(brief, action, findings);
    }

    /**
     * A volatile {@code DEFAULT} in hand-written SQL is not judged here: only the database knows
     * what a function is, and this rule reads text. Identity and stored generated columns always
     * compute a value per row.
     */
    private static void addColumn(String brief, String action, List<LintFinding> findings) {
        boolean generated = action.contains(" GENERATED ") && (action.contains(" STORED") || action.contains(" AS IDENTITY"));
        if (!action.contains(" DEFAULT ") && action.contains(" NOT NULL") && !generated) {
            findings.add(new LintFinding("add-not-null-column-without-default", brief, "fails on a table with rows (column"
                    + " contains null values)", "a DEFAULT (revision --default), or add it nullable, backfill it in batches"
                    + " (op.backfill), then SET NOT NULL the safe way"));
        } else if (generated) {
            findings.add(new LintFinding("add-column-rewrites-table", brief, "computes a value for every row (an identity or"
                    + " a stored generated column), rewriting the table under an ACCESS EXCLUSIVE lock", ADD_THEN_BACKFILL));
        }
    }

    /** The comma-separated actions of an {@code ALTER TABLE} shape, each without the {@code ALTER TABLE name} head. */
    private static List<String> actions(String shape) {
        String rest = shape.replaceFirst("^ALTER TABLE (IF EXISTS )?(ONLY )?\\S+( \\. \\S+)? ", "");
        List<String> actions = new ArrayList<>();
        int depth = 0;
        StringBuilder action = new StringBuilder();
        for (char c : rest.toCharArray()) {
            if (c == '(') depth++;
            if (c == ')') depth--;
            if (c == ',' && depth == 0) {
                actions.add(action.toString().strip());
                action.setLength(0);
            } else {
                action.append(c);
            }
        }
        actions.add(action.toString().strip());
        return actions;
    }

    private static boolean isCreated(Pattern pattern, String original, Set<String> created) {
        Matcher table = pattern.matcher(original);
        return table.find() && created.contains(table(table.group(1)));
    }

    /** A table's name without schema, folded as PostgreSQL folds it. */
    private static String table(String written) {
        String name = written.strip();
        if (name.endsWith("\"")) {
            int open = name.lastIndexOf('"', name.length() - 2);
            while (open > 0 && name.charAt(open - 1) == '"') open = name.lastIndexOf('"', open - 2);
            return name.substring(open + 1, name.length() - 1).replace("\"\"", "\"");
        }
        return name.substring(name.lastIndexOf('.') + 1).strip().toLowerCase(Locale.ROOT);
    }

    private static String brief(String statement) {
        String line = statement.replaceAll("\\s+", " ").strip();
        return line.length() > 120 ? line.substring(0, 117) + "..." : line;
    }
}
