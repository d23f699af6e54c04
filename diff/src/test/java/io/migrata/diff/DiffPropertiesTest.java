package io.migrata.diff;

import io.migrata.schema.SchemaModel;
import io.migrata.schema.op.CreateIndex;
import io.migrata.schema.op.DropIndex;
import io.migrata.schema.op.OpApplier;
import io.migrata.schema.op.SchemaOp;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The diff on random valid models ({@link ModelGenerator}) and models derived from them by random
 * edits ({@link ModelMutator}), judged by the strict {@link OpApplier}: a model diffed with itself
 * is empty, the upgrade turns the first model into the second, and the downgrade turns it back.
 */
class DiffPropertiesTest {

    record Pair(SchemaModel from, SchemaModel to) {
    }

    @Provide
    Arbitrary<SchemaModel> models() {
        return Arbitraries.randomValue(ModelGenerator::generate);
    }

    @Provide
    Arbitrary<Pair> pairs() {
        return Arbitraries.randomValue(random -> {
            ModelGenerator generator = new ModelGenerator(random);
            SchemaModel from = generator.model();
            return new Pair(from, ModelMutator.mutate(from, generator));
        });
    }

    @Property(tries = 300)
    void aModelDiffedWithItselfIsEmpty(@ForAll("models") SchemaModel model) {
        DiffResult result = SchemaDiff.between(model, model);
        assertTrue(result.isEmpty(), () -> describe(result.ops()));
    }

    @Property(tries = 300)
    void theUpgradeBuildsAModelFromNothing(@ForAll("models") SchemaModel model) {
        List<SchemaOp> ops = SchemaDiff.between(SchemaModel.empty(), model).ops();
        assertEquals(model, apply(SchemaModel.empty(), ops), () -> describe(ops));
    }

    @Property(tries = 600)
    void theUpgradeTurnsTheFirstModelIntoTheSecond(@ForAll("pairs") Pair pair) {
        List<SchemaOp> ops = SchemaDiff.between(pair.from(), pair.to()).ops();
        assertEquals(pair.to(), apply(pair.from(), ops), () -> describe(ops));
    }

    @Property(tries = 600)
    void theDowngradeTurnsTheSecondModelBack(@ForAll("pairs") Pair pair) {
        List<SchemaOp> ops = SchemaDiff.between(pair.from(), pair.to()).downgrade();
        assertEquals(pair.from(), apply(pair.to(), ops), () -> describe(ops));
    }

    @Property(tries = 200)
    void concurrentIndexesChangeNothingButTheFlag(@ForAll("pairs") Pair pair) {
        List<SchemaOp> plain = SchemaDiff.between(pair.from(), pair.to()).ops();
        List<SchemaOp> ops = SchemaDiff.between(pair.from(), pair.to(), DiffOptions.defaults().withConcurrentIndexes(true)).ops();
        assertEquals(plain.stream().map(DiffPropertiesTest::concurrently).toList(), ops, () -> describe(ops));
        assertEquals(pair.to(), apply(pair.from(), ops), () -> describe(ops));
    }

    private static SchemaOp concurrently(SchemaOp op) {
        if (op instanceof CreateIndex create) return new CreateIndex(create.table(), create.index(), true);
        if (op instanceof DropIndex drop) return new DropIndex(drop.table(), drop.index(), true);
        return op;
    }

    private static SchemaModel apply(SchemaModel model, List<SchemaOp> ops) {
        try {
            return OpApplier.apply(model, ops);
        } catch (IllegalStateException e) {
            throw new AssertionError(e.getMessage() + "\n" + describe(ops), e);
        }
    }

    private static String describe(List<SchemaOp> ops) {
        return String.join("\n", ops.stream().map(SchemaOp::describe).toList());
    }
}
