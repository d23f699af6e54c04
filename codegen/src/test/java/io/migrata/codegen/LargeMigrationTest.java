package io.migrata.codegen;

import io.migrata.diff.SchemaDiff;
import io.migrata.schema.SchemaModel;
import io.migrata.schema.op.SchemaOp;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Migrations too large for one method: the round trip compiles the source with javac (which
 * refuses a method over 64 KB with "code too large" and a class with more than 65,535 constants
 * with "too many constants") and checks that the split body records the same ops in order.
 */
class LargeMigrationTest {

    private static List<SchemaOp> create(SchemaModel target) {
        return SchemaDiff.between(SchemaModel.empty().withSchemas(List.of("public")), target).ops();
    }

    @Test
    void aFewTablesStayInOneMethod() {
        String source = GeneratedMigrationRoundTrip.assertRoundTrip(create(WideSchema.of(10))).source();
        assertFalse(source.contains("Part1"), source);
    }

    @Test
    void fiveHundredTablesAreSplitIntoPrivateMethodsCalledInOrder() {
        String source = GeneratedMigrationRoundTrip.assertRoundTrip(create(WideSchema.of(500))).source();
        assertTrue(source.contains("private static void upgradePart1(Operations op)"), "no upgrade parts");
        assertTrue(source.contains("private static void downgradePart1(Operations op)"), "no downgrade parts");
        assertFalse(source.contains("UpgradeParts1"), "500 tables fit one constant pool");
        List<Integer> calls = numbers(Pattern.compile("^        upgradePart(\\d+)\\(op\\);$", Pattern.MULTILINE), source);
        List<Integer> parts = numbers(Pattern.compile("void upgradePart(\\d+)\\("), source);
        assertEquals(parts, calls, "upgrade() calls every part once, in order");
        assertTrue(calls.size() > 1 && calls.get(0) == 1 && calls.get(calls.size() - 1) == calls.size());
    }

    @Test
    void fiveThousandTablesWithAStringPerColumnMoveTheirPartsIntoNestedClasses() {
        // 25,000 comments need 50,000 constants: javac says "too many constants" when one class holds them.
        String source = GeneratedMigrationRoundTrip.assertRoundTrip(create(WideSchema.commented(5_000))).source();
        assertTrue(source.contains("private static final class UpgradeParts2"), "one constant pool holds them all");
        assertTrue(source.contains("UpgradeParts1.upgradePart1(op);"), "upgrade() does not call the nested parts");
    }

    private static List<Integer> numbers(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        List<Integer> numbers = new ArrayList<>();
        while (matcher.find()) numbers.add(Integer.parseInt(matcher.group(1)));
        return numbers;
    }
}
