package io.migrata.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.migrata.schema.migration.Migration;
import io.migrata.schema.migration.ObjectNames;
import io.migrata.schema.migration.Revision;
import io.migrata.schema.op.AddPrimaryKey;
import io.migrata.schema.op.AddUniqueConstraint;
import io.migrata.schema.op.Backfill;
import io.migrata.schema.op.CreateIndex;
import io.migrata.schema.op.DropIndex;
import io.migrata.schema.op.ExecuteSql;
import io.migrata.schema.op.SchemaOp;

import javax.lang.model.element.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Java source of one revision: the class with its {@code @Revision}, Javadoc, {@code upgrade}
 * (the ops, each under its warnings) and {@code downgrade} (their inverses in reverse order), and
 * {@code transactional() == false} when an op cannot run in a transaction. Pure: the same input
 * gives the same text.
 */
final class MigrationSource {

    private static final String RECEIVER = MethodBody.RECEIVER;
    private static final int JAVADOC_WIDTH = 100;
    private static final String COMMENT_CONTINUATION = "//     ";
    private static final String UPGRADE_TODO =
            "// TODO: record the changes, e.g. op.addColumn(\"users\", column(\"phone\", varchar(20)));";
    private static final String DOWNGRADE_TODO =
            "// TODO: undo the upgrade in reverse order, e.g. op.dropColumn(\"users\", \"phone\");";

    private final MigrationTemplate template;
    private final OpStatements statements;
    private final StaticImports imports = new StaticImports();

    MigrationSource(MigrationTemplate template) {
        this.template = template;
        this.statements = new OpStatements(new DefinitionCode(new ObjectNames(template.defaultSchema())));
    }

    /** @param revisionId the revision's id; {@code created} is already cut to the second */
    String render(NewRevision revision, String revisionId, String className) {
        SquashedRange squashed = revision.squashed();
        List<SchemaOp> down = squashed == null ? downgrade(revision.ops())
                : squashed.downgrade() == null ? List.of() : squashed.downgrade();
        checkWarnings(revision, down);
        boolean empty = revision.ops().isEmpty();
        TypeSpec.Builder type = TypeSpec.classBuilder(className)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(Migration.class)
                .addJavadoc("$L", javadoc(revision, revisionId))
                .addAnnotation(annotation(revision, revisionId));
        List<String> notes = new ArrayList<>();
        revision.notes().forEach(note -> notes.addAll(comment("NOTE: ", note)));
        List<MethodBody.Statement> upgrade = statements(revision.ops(), revision.warnings(), false);
        // A squash's downgrade is what the replaced downgrades recorded, written as it is, not inverses.
        List<MethodBody.Statement> downgrade = statements(down, revision.warnings(), squashed == null);
        boolean nested = MethodBody.needsNestedClasses(upgrade, downgrade);
        MethodBody.add(type, "upgrade", empty ? List.of(UPGRADE_TODO) : notes, upgrade, nested);
        List<String> downgradeHeader = squashed != null && squashed.irreversible() != null
                ? List.of("throw new UnsupportedOperationException(" + JavaText.literal(squashed.irreversible()) + ");")
                : empty ? List.of(DOWNGRADE_TODO) : List.of();
        MethodBody.add(type, "downgrade", downgradeHeader, downgrade, nested);
        if (!revision.grouped()) outsideTransaction(revision.ops()).ifPresent(reason -> type.addMethod(transactional(reason)));
        JavaFile.Builder file = JavaFile.builder(template.packageName(), type.build())
                .indent("    ")
                .skipJavaLangImports(true);
        String header = header(revision, revisionId);
        if (!header.isEmpty()) file.addFileComment("$L", header);
        if (empty) {
            file.addStaticImport(StaticImports.SCHEMA, "*").addStaticImport(StaticImports.TYPES, "*");
        } else {
            for (Map.Entry<ClassName, Set<String>> entry : imports.used().entrySet()) {
                file.addStaticImport(entry.getKey(), entry.getValue().toArray(String[]::new));
            }
        }
        return file.build().toString();
    }

    /** Each op's inverse, last op first; an op without one stays in the list to be written as a TODO. */
    private static List<SchemaOp> downgrade(List<SchemaOp> ops) {
        List<SchemaOp> down = new ArrayList<>();
        for (SchemaOp op : ops) down.add(op.isReversible() ? op.inverse() : op);
        Collections.reverse(down);
        return down;
    }

    private static void checkWarnings(NewRevision revision, List<SchemaOp> down) {
        for (OpWarning warning : revision.warnings()) {
            if (!revision.ops().contains(warning.op()) && !down.contains(warning.op())) {
                throw new IllegalArgumentException("warning \"" + warning.message() + "\" is about an op that is in "
                        + "neither the upgrade nor the downgrade: " + warning.op().describe());
            }
        }
    }

    private String javadoc(NewRevision revision, String revisionId) {
        List<String> parents = revision.parents().stream().map(p -> "{@code " + JavaText.javadocLine(p) + "}").toList();
        String lineage = revision.baseline() ? "the baseline: the database as it was when Migrata took over"
                : parents.isEmpty() ? "the first revision" : "after " + String.join(" and ", parents);
        if (revision.squashed() != null) {
            List<String> replaced = revision.squashed().replaces();
            lineage += ", the squash of the " + replaced.size() + " revisions {@code " + JavaText.javadocLine(replaced.get(0))
                    + "} to {@code " + JavaText.javadocLine(replaced.get(replaced.size() - 1)) + "}";
        }
        String about = "<p>Revision {@code " + revisionId + "}, " + lineage + ", created " + revision.created() + ".";
        return javadocParagraph(JavaText.javadocLine(JavaText.sentence(revision.message()))) + "\n\n"
                + javadocParagraph(about) + "\n";
    }

    private static String javadocParagraph(String text) {
        return String.join("\n", JavaText.wrap(text, JAVADOC_WIDTH, "", ""));
    }

    /** {@code // LABEL: text}, folded onto one line and wrapped at the layout width. */
    private static List<String> comment(String label, String text) {
        return JavaText.wrap(JavaText.commentLine(text), CodeLayout.WIDTH, "// " + label, COMMENT_CONTINUATION);
    }

    private static AnnotationSpec annotation(NewRevision revision, String revisionId) {
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(Revision.class)
                .addMember("id", "$L", JavaText.literal(revisionId));
        List<String> parents = revision.parents().stream().map(JavaText::literal).toList();
        if (parents.size() == 1) annotation.addMember("parents", "$L", parents.get(0));
        if (parents.size() > 1) annotation.addMember("parents", "$L", "{" + String.join(", ", parents) + "}");
        annotation.addMember("message", "$L", JavaText.literal(revision.message().strip()))
                .addMember("created", "$L", JavaText.literal(revision.created().toString()));
        if (revision.baseline()) annotation.addMember("baseline", "$L", "true");
        if (revision.squashed() != null) {
            List<String> replaced = revision.squashed().replaces().stream().map(JavaText::literal).toList();
            annotation.addMember("replaces", "$L", "{" + String.join(", ", replaced) + "}");
        }
        return annotation.build();
    }

    /** The statements of {@code ops}, each under its warnings; {@code downgrade}: the ops are the upgrade's inverses. */
    private List<MethodBody.Statement> statements(List<SchemaOp> ops, List<OpWarning> warnings, boolean downgrade) {
        List<MethodBody.Statement> statements = new ArrayList<>();
        for (SchemaOp op : ops) statements.add(statement(op, warnings, downgrade));
        return statements;
    }

    /**
     * An op's lines under its warnings and, if destructive with no warning of its own, a
     * DESTRUCTIVE line. An op of the downgrade that cannot be inverted is the upgrade's op
     * itself, written as a TODO.
     */
    private MethodBody.Statement statement(SchemaOp op, List<OpWarning> warnings, boolean downgrade) {
        List<String> lines = new ArrayList<>();
        List<OpWarning> own = warnings.stream().filter(w -> w.op().equals(op)).toList();
        own.forEach(warning -> lines.addAll(comment(warning.label() + ": ", warning.message())));
        if (op instanceof Backfill backfill && backfill.undo()) {
            // Runs nothing: in a downgrade the values stay; in an upgrade it marks where the downgrade fills the column back.
            lines.addAll(comment("", downgrade ? "the values backfilled into " + backfill.table() + "." + backfill.column() + " stay"
                    : "nothing to run here; the downgrade fills " + backfill.table() + "." + backfill.column()
                    + " back in batches at this point: " + backfill.inverse().describe()));
            return new MethodBody.Statement(lines, ClassFileBudget.NOTHING, op.describe());
        }
        if (downgrade && !op.isReversible()) {
            lines.addAll(comment("TODO: ", "\"" + op.describe() + "\" has no reverse SQL: write what undoes it"));
            return new MethodBody.Statement(lines, ClassFileBudget.NOTHING, op.describe());
        }
        if (op.isDestructive() && own.isEmpty()) {
            lines.addAll(comment("DESTRUCTIVE: ", op.describe() + "; what it removes does not come back"));
        }
        Code.Call statement = op.accept(statements);
        imports.collectArguments(statement);
        if (op instanceof Backfill backfill && backfill.isPlaceholder()) {
            lines.addAll(comment("TODO: ", "write the UPDATE that fills one batch of " + backfill.table() + "."
                    + backfill.column() + ", e.g. UPDATE " + backfill.table() + " SET " + backfill.column() + " = ... WHERE"
                    + " <key> IN (SELECT <key> FROM " + backfill.table() + " WHERE " + backfill.column()
                    + " IS NULL LIMIT 10000); it runs until a batch updates no row"));
        }
        lines.addAll(CodeLayout.statement(RECEIVER, statement));
        return new MethodBody.Statement(lines, ClassFileBudget.of(statement), op.describe());
    }

    /** Why the revision cannot run in one transaction, if an op says so. */
    private static Optional<String> outsideTransaction(List<SchemaOp> ops) {
        for (SchemaOp op : ops) {
            if (op instanceof CreateIndex create && create.concurrently()) return Optional.of("CREATE INDEX CONCURRENTLY");
            if (op instanceof DropIndex drop && drop.concurrently()) return Optional.of("DROP INDEX CONCURRENTLY");
            if (op instanceof AddUniqueConstraint unique && unique.usingIndex()) return Optional.of("CREATE INDEX CONCURRENTLY");
            if (op instanceof AddPrimaryKey key && key.usingIndex()) return Optional.of("CREATE INDEX CONCURRENTLY");
            if (op instanceof ExecuteSql sql && !sql.transactional()) return Optional.of("SQL run outside a transaction");
        }
        return Optional.empty();
    }

    private static MethodSpec transactional(String reason) {
        return MethodSpec.methodBuilder("transactional")
                .addJavadoc("$L", "Not in one transaction: " + reason + " cannot run inside one.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addStatement("return false")
                .build();
    }

    private String header(NewRevision revision, String revisionId) {
        if (template.header().isEmpty()) return "";
        String text = template.header()
                .replace("{id}", revisionId)
                .replace("{message}", revision.message().strip())
                .replace("{created}", revision.created().toString())
                .replace("{parents}", String.join(", ", revision.parents()));
        return text.lines().map(JavaText::commentLine).collect(Collectors.joining("\n"));
    }
}
