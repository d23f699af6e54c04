package io.migrata.runner.graph;

import static io.migrata.runner.graph.RevisionGraphTest.branched;
import static io.migrata.runner.graph.RevisionGraphTest.linear;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlannerTest {

    private static List<String> describe(List<PlannedStep> steps) {
        return steps.stream().map(PlannedStep::describe).toList();
    }

    @Test
    void upgradeALinearHistory() {
        Planner planner = new Planner(linear(3));
        assertEquals(List.of("upgrade base -> 001_r", "upgrade 001_r -> 002_r", "upgrade 002_r -> 003_r"),
                describe(planner.upgrade(List.of(), "head")));
        assertEquals(List.of("upgrade 001_r -> 002_r"), describe(planner.upgrade(List.of("001_r"), "+1")));
        assertEquals(List.of(), planner.upgrade(List.of("003_r"), "head"));
        assertEquals(List.of(), planner.upgrade(List.of("003_r"), "003_r"));
    }

    @Test
    void anUpgradeToATargetTheDatabaseIsPastIsRefused() {
        Planner planner = new Planner(linear(3));
        TargetBehindException behind = assertThrows(TargetBehindException.class, () -> planner.upgrade(List.of("003_r"), "001_r"));
        assertTrue(behind.getMessage().contains("target 001_r is behind the current revision 003_r"), behind.getMessage());
        assertTrue(behind.getMessage().contains("use downgrade 001_r"), behind.getMessage());
        assertThrows(TargetBehindException.class, () -> planner.upgrade(List.of("003_r"), "base"));
        assertEquals(List.of(), planner.upgrade(List.of(), "base"));
        assertThrows(TargetBehindException.class, () -> new Planner(branched()).upgrade(List.of("c2", "d1"), "c1"));
    }

    @Test
    void upgradeThroughBranchesAndAMerge() {
        Planner planner = new Planner(branched());
        assertEquals(List.of("upgrade b -> c1", "upgrade c1 -> c2", "upgrade c2 -> c2, d1", "upgrade c2, d1 -> m"),
                describe(planner.upgrade(List.of("b"), "m")));
        assertEquals(List.of("upgrade b -> d1"), describe(planner.upgrade(List.of("b"), "d1")));
        assertEquals(List.of("upgrade c2, d1 -> m"), describe(planner.upgrade(List.of("c2", "d1"), "heads")));
    }

    @Test
    void upgradeHeadsAppliesEveryBranch() {
        RevisionGraph graph = RevisionGraph.of(List.of(RevisionNode.of("a"), RevisionNode.of("b1", "a"), RevisionNode.of("b2", "a")));
        assertEquals(List.of("upgrade base -> a", "upgrade a -> b1", "upgrade b1 -> b1, b2"),
                describe(new Planner(graph).upgrade(List.of(), "heads")));
        assertThrows(MultipleHeadsException.class, () -> new Planner(graph).upgrade(List.of(), "head"));
    }

    @Test
    void downgradeUndoesNewestFirst() {
        Planner planner = new Planner(linear(3));
        assertEquals(List.of("downgrade 003_r -> 002_r"), describe(planner.downgrade(List.of("003_r"), "-1")));
        assertEquals(List.of("downgrade 003_r -> 002_r", "downgrade 002_r -> 001_r", "downgrade 001_r -> base"),
                describe(planner.downgrade(List.of("003_r"), "base")));
        assertEquals(List.of("downgrade 003_r -> 002_r", "downgrade 002_r -> 001_r"),
                describe(planner.downgrade(List.of("003_r"), "001_r")));
        assertEquals(List.of(), planner.downgrade(List.of("003_r"), "003_r"));
    }

    @Test
    void downgradeOfAMergeBringsBackBothParents() {
        Planner planner = new Planner(branched());
        assertEquals(List.of("downgrade m -> c2, d1"), describe(planner.downgrade(List.of("m"), "-1")));
        assertEquals(List.of("downgrade m -> c2, d1", "downgrade c2, d1 -> c1, d1"),
                describe(planner.downgrade(List.of("m"), "c1")));
    }

    @Test
    void downgradeLeavesOtherBranchesAlone() {
        Planner planner = new Planner(branched());
        assertEquals(List.of("downgrade c2, d1 -> c1, d1"), describe(planner.downgrade(List.of("c2", "d1"), "c1")));
        assertEquals(List.of(), planner.downgrade(List.of("c2", "d1"), "d1"));
        assertEquals(List.of("downgrade c2, d1 -> c2", "downgrade c2 -> c1", "downgrade c1 -> b"),
                describe(planner.downgrade(List.of("c2", "d1"), "b")));
    }

    @Test
    void downgradeToARevisionNotAppliedIsRefused() {
        InvalidTargetException error = assertThrows(InvalidTargetException.class,
                () -> new Planner(branched()).downgrade(List.of("c2"), "d1"));
        assertTrue(error.getMessage().contains("revision d1 is not applied (the database is at c2); use upgrade"), error.getMessage());
    }

    @Test
    void aStepInTheWrongDirectionIsRefused() {
        Planner planner = new Planner(linear(3));
        InvalidTargetException up = assertThrows(InvalidTargetException.class, () -> planner.upgrade(List.of("002_r"), "-1"));
        assertTrue(up.getMessage().contains("use downgrade -1"), up.getMessage());
        InvalidTargetException down = assertThrows(InvalidTargetException.class, () -> planner.downgrade(List.of("002_r"), "+1"));
        assertTrue(down.getMessage().contains("use upgrade +1"), down.getMessage());
    }

    @Test
    void stampMovesHeadsAndListsWhatEntersAndLeaves() {
        Planner planner = new Planner(branched());
        StampPlan up = planner.stamp(List.of("b"), "m");
        assertEquals(List.of("m"), up.headsAfter());
        assertEquals(List.of("c1", "c2", "d1", "m"), up.entering());
        assertEquals(List.of(), up.leaving());
        StampPlan down = planner.stamp(List.of("m"), "c1");
        assertEquals(List.of("c1"), down.headsAfter());
        assertEquals(List.of("m", "d1", "c2"), down.leaving());
        StampPlan base = planner.stamp(List.of("m"), "base");
        assertEquals(List.of(), base.headsAfter());
        assertEquals(6, base.leaving().size());
        assertTrue(planner.stamp(List.of("m"), "head").changesNothing());
    }
}
