package io.migrata.entities.sql;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names PostgreSQL chooses for constraints created without one ({@code users_pkey},
 * {@code users_email_key}, {@code users_status_check}), following the server's
 * {@code ChooseRelationName} and {@code ChooseConstraintName}: name parts are shortened (the longer
 * one first) to fit 63 bytes, and a name already taken gets a number after its label. Which names
 * are taken depends on what was created before, so callers replay Hibernate's DDL in script order:
 * every name, chosen or explicit, is recorded here as it would be created.
 */
public final class ImplicitNames {

    private final Map<String, Set<String>> relations = new HashMap<>();
    private final Map<String, Set<String>> constraints = new HashMap<>();

    /** Records a table, sequence or index name. */
    public void relation(String schema, String name) {
        relations.computeIfAbsent(schema, s -> new HashSet<>()).add(name);
    }

    /** Records an explicitly named constraint. */
    public void constraint(String schema, String name) {
        constraints.computeIfAbsent(schema, s -> new HashSet<>()).add(name);
    }

    /** {@code <table>_pkey}; the backing index is a relation too. */
    public String primaryKey(String schema, String table) {
        return chooseIndexBacked(schema, table, null, "pkey");
    }

    /** {@code <table>_<col1>_<col2>_key}. */
    public String unique(String schema, String table, List<String> columns) {
        return chooseIndexBacked(schema, table, indexNameAddition(columns), "key");
    }

    /** {@code <table>_<column>_check} when the expression uses one column, else {@code <table>_check}. */
    public String check(String schema, String table, String column) {
        Set<String> taken = constraints.computeIfAbsent(schema, s -> new HashSet<>());
        String label = "check";
        for (int pass = 1; ; pass++) {
            String name = objectName(table, column, label);
            if (taken.add(name)) return name;
            label = "check" + pass;
        }
    }

    /** The sequence an identity column creates ({@code <table>_<column>_seq}); it only takes a name. */
    public void identitySequence(String schema, String table, String column) {
        Set<String> taken = relations.computeIfAbsent(schema, s -> new HashSet<>());
        String label = "seq";
        for (int pass = 1; ; pass++) {
            if (taken.add(objectName(table, column, label))) return;
            label = "seq" + pass;
        }
    }

    private String chooseIndexBacked(String schema, String table, String addition, String baseLabel) {
        Set<String> takenRelations = relations.computeIfAbsent(schema, s -> new HashSet<>());
        Set<String> takenConstraints = constraints.computeIfAbsent(schema, s -> new HashSet<>());
        String label = baseLabel;
        for (int pass = 1; ; pass++) {
            String name = objectName(table, addition, label);
            if (!takenRelations.contains(name) && !takenConstraints.contains(name)) {
                takenRelations.add(name);
                takenConstraints.add(name);
                return name;
            }
            label = baseLabel + pass;
        }
    }

    /** The server's {@code ChooseIndexNameAddition}: column names joined by underscores, capped near 63 bytes. */
    static String indexNameAddition(List<String> columns) {
        StringBuilder joined = new StringBuilder();
        for (String column : columns) {
            if (joined.length() > 0) joined.append('_');
            joined.append(PgIdentifiers.clip(column, PgIdentifiers.MAX_BYTES));
            if (PgIdentifiers.byteLength(joined.toString()) > PgIdentifiers.MAX_BYTES) break;
        }
        return joined.toString();
    }

    /** The server's {@code makeObjectName}: shortens the longer of the two parts until the name fits. */
    static String objectName(String name1, String name2, String label) {
        int overhead = label.length() + 1 + (name2 == null ? 0 : 1);
        int available = PgIdentifiers.MAX_BYTES - overhead;
        int name1Bytes = PgIdentifiers.byteLength(name1);
        int name2Bytes = name2 == null ? 0 : PgIdentifiers.byteLength(name2);
        while (name1Bytes + name2Bytes > available) {
            if (name1Bytes > name2Bytes) name1Bytes--;
            else name2Bytes--;
        }
        StringBuilder name = new StringBuilder(PgIdentifiers.clip(name1, name1Bytes));
        if (name2 != null) name.append('_').append(PgIdentifiers.clip(name2, name2Bytes));
        return name.append('_').append(label).toString();
    }
}
