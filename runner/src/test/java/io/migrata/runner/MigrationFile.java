package io.migrata.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a migration source for tests: each step is SQL recorded as an {@code ExecuteSql} op, in
 * the form a hand-written migration takes.
 *
 * <pre>{@code
 * MigrationFile.of("002_add_phone", "001_init").up("ALTER TABLE users ADD phone text")
 *         .down("ALTER TABLE users DROP phone").writeTo(versions);
 * }</pre>
 */
final class MigrationFile {

    private final String id;
    private final List<String> parents;
    private final List<String> up = new ArrayList<>();
    private final List<String> down = new ArrayList<>();
    private String message = "";
    private String extraBody = "";
    private boolean transactional = true;

    private MigrationFile(String id, List<String> parents) {
        this.id = id;
        this.parents = parents;
    }

    static MigrationFile of(String id, String... parents) {
        return new MigrationFile(id, List.of(parents));
    }

    MigrationFile message(String text) {
        message = text;
        return this;
    }

    MigrationFile up(String sql) {
        up.add(op(sql, true));
        return this;
    }

    /** SQL that must run outside a transaction block, e.g. CREATE INDEX CONCURRENTLY. */
    MigrationFile upOutsideTransaction(String sql) {
        up.add(op(sql, false));
        return this;
    }

    /** A Java statement for {@code upgrade()}, written against the {@code Operations} API. */
    MigrationFile upCode(String java) {
        up.add(java);
        return this;
    }

    MigrationFile downCode(String java) {
        down.add(java);
        return this;
    }

    MigrationFile down(String sql) {
        down.add(op(sql, true));
        return this;
    }

    MigrationFile downOutsideTransaction(String sql) {
        down.add(op(sql, false));
        return this;
    }

    MigrationFile notTransactional() {
        transactional = false;
        return this;
    }

    /** Java text added to the class body as it is, e.g. comments. */
    MigrationFile body(String text) {
        extraBody = text;
        return this;
    }

    String className() {
        return "M" + id.replaceAll("[^A-Za-z0-9_]", "_");
    }

    String source() {
        String parentList = parents.isEmpty() ? "{}"
                : "{" + String.join(", ", parents.stream().map(MigrationFile::literal).toList()) + "}";
        StringBuilder text = new StringBuilder();
        text.append("import io.migrata.schema.migration.Migration;\n")
                .append("import io.migrata.schema.migration.Operations;\n")
                .append("import io.migrata.schema.migration.Revision;\n")
                .append("import io.migrata.schema.op.ExecuteSql;\n\n")
                .append("import static io.migrata.schema.migration.Schema.*;\n")
                .append("import static io.migrata.schema.migration.Types.*;\n\n")
                .append("@Revision(id = ").append(literal(id)).append(", parents = ").append(parentList)
                .append(", message = ").append(literal(message)).append(", created = \"2026-02-19T09:00:00Z\")\n")
                .append("public final class ").append(className()).append(" implements Migration {\n")
                .append(extraBody)
                .append("    public void upgrade(Operations op) {\n");
        up.forEach(line -> text.append("        ").append(line).append('\n'));
        text.append("    }\n\n    public void downgrade(Operations op) {\n");
        down.forEach(line -> text.append("        ").append(line).append('\n'));
        text.append("    }\n");
        if (!transactional) text.append("\n    public boolean transactional() {\n        return false;\n    }\n");
        return text.append("}\n").toString();
    }

    Path writeTo(Path versions) throws IOException {
        Files.createDirectories(versions);
        Path file = versions.resolve(className() + ".java");
        Files.writeString(file, source());
        return file;
    }

    private static String op(String sql, boolean transactional) {
        return "op.apply(new ExecuteSql(" + literal(sql) + ", null, " + transactional + "));";
    }

    static String literal(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
