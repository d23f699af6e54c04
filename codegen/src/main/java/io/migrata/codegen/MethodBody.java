package io.migrata.codegen;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.migrata.schema.migration.Operations;

import javax.lang.model.element.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code upgrade} or {@code downgrade} into the migration class, split where javac would
 * otherwise refuse it. A body within {@link ClassFileBudget#METHOD_BYTES} is written as it is.
 * A longer one becomes private static parts, {@code upgradePart1(op)}, {@code upgradePart2(op)},
 * …, each within that budget and called in order from the method, each with a Javadoc naming its
 * first and last operation; when the parts' string literals and calls would crowd the class's
 * constant pool, the parts move into static nested classes ({@code UpgradeParts1}, …), each with a
 * constant pool of its own. The same operations are recorded in the same order however the body
 * is split, so the revision's checksum does not depend on it.
 */
final class MethodBody {

    static final String RECEIVER = "op";

    /** The parts' Javadoc width, after their indentation and {@code " * "}. */
    private static final int JAVADOC_WIDTH = 100;

    /** One op's lines, what they cost the class file, and the op's one-line description. */
    record Statement(List<String> lines, ClassFileBudget.Cost cost, String summary) {
    }

    private MethodBody() {
    }

    /**
     * Whether the parts of these bodies, together in one class, would crowd its constant pool, so
     * that long bodies must put their parts into nested classes.
     */
    static boolean needsNestedClasses(List<Statement> upgrade, List<Statement> downgrade) {
        List<ClassFileBudget.Cost> costs = new ArrayList<>();
        upgrade.forEach(statement -> costs.add(statement.cost()));
        downgrade.forEach(statement -> costs.add(statement.cost()));
        return ClassFileBudget.constantEntries(costs) > ClassFileBudget.CLASS_CONSTANTS;
    }

    /**
     * Adds the method {@code name} with {@code header} lines (comments) above {@code statements},
     * split into parts when too long for one method, the parts in nested classes when
     * {@code nested}.
     */
    static void add(TypeSpec.Builder type, String name, List<String> header, List<Statement> statements, boolean nested) {
        int bytes = statements.stream().mapToInt(s -> s.cost().bytes()).sum();
        if (bytes <= ClassFileBudget.METHOD_BYTES) {
            List<String> body = new ArrayList<>(header);
            body.addAll(lines(statements, !header.isEmpty()));
            type.addMethod(method(name, body));
            return;
        }
        List<List<Statement>> parts = parts(statements);
        List<String> calls = new ArrayList<>(header);
        List<MethodSpec> methods = new ArrayList<>();
        List<TypeSpec> classes = new ArrayList<>();
        List<MethodSpec> group = new ArrayList<>();
        List<ClassFileBudget.Cost> groupCosts = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            List<Statement> part = parts.get(i);
            List<ClassFileBudget.Cost> costs = part.stream().map(Statement::cost).toList();
            if (nested && !group.isEmpty() && ClassFileBudget.constantEntries(concat(groupCosts, costs))
                    > ClassFileBudget.CLASS_CONSTANTS) {
                classes.add(nestedClass(name, classes.size() + 1, group));
                group = new ArrayList<>();
                groupCosts.clear();
            }
            String partName = name + "Part" + (i + 1);
            MethodSpec method = part(partName, part, i + 1, parts.size(), name);
            if (nested) {
                group.add(method);
                groupCosts.addAll(costs);
                calls.add(nestedClassName(name, classes.size() + 1) + "." + partName + "(" + RECEIVER + ");");
            } else {
                methods.add(method);
                calls.add(partName + "(" + RECEIVER + ");");
            }
        }
        if (!group.isEmpty()) classes.add(nestedClass(name, classes.size() + 1, group));
        type.addMethod(method(name, calls)).addMethods(methods).addTypes(classes);
    }

    /** Consecutive runs of statements, each within the method budget (a statement larger than it stays whole). */
    private static List<List<Statement>> parts(List<Statement> statements) {
        List<List<Statement>> parts = new ArrayList<>();
        List<Statement> current = new ArrayList<>();
        int bytes = 0;
        for (Statement statement : statements) {
            if (!current.isEmpty() && bytes + statement.cost().bytes() > ClassFileBudget.METHOD_BYTES) {
                parts.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(statement);
            bytes += statement.cost().bytes();
        }
        if (!current.isEmpty()) parts.add(current);
        return parts;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
    }

    /**
     * The statements' lines; one spanning several lines, or commented, is set off by blank lines,
     * as is the first when {@code afterHeader}.
     */
    private static List<String> lines(List<Statement> statements, boolean afterHeader) {
        List<String> lines = new ArrayList<>();
        boolean lastWasBlock = false;
        boolean first = true;
        for (Statement statement : statements) {
            boolean isBlock = statement.lines().size() > 1;
            if ((!first || afterHeader) && (isBlock || lastWasBlock)) lines.add("");
            lines.addAll(statement.lines());
            lastWasBlock = isBlock;
            first = false;
        }
        return lines;
    }

    private static MethodSpec method(String name, List<String> body) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(Operations.class, RECEIVER);
        body.forEach(line -> method.addCode("$L\n", line));
        return method.build();
    }

    private static MethodSpec part(String name, List<Statement> statements, int number, int of, String direction) {
        String first = statements.get(0).summary();
        String last = statements.get(statements.size() - 1).summary();
        String range = statements.size() == 1 ? first : "from " + first + " to " + last;
        String about = "Part " + number + " of " + of + " of the " + direction + ": " + JavaText.javadocLine(range) + ".";
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addJavadoc("$L", String.join("\n", JavaText.wrap(about, JAVADOC_WIDTH, "", "")) + "\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(Operations.class, RECEIVER);
        lines(statements, false).forEach(line -> method.addCode("$L\n", line));
        return method.build();
    }

    private static String nestedClassName(String direction, int number) {
        return Character.toUpperCase(direction.charAt(0)) + direction.substring(1) + "Parts" + number;
    }

    private static TypeSpec nestedClass(String direction, int number, List<MethodSpec> parts) {
        return TypeSpec.classBuilder(nestedClassName(direction, number))
                .addJavadoc("$L", "Parts of the " + direction + " in a class of their own: one class's constant pool "
                        + "cannot hold them all.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethods(parts)
                .build();
    }
}
