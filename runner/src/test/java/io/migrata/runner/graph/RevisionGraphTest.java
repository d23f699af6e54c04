package io.migrata.runner.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {

    /**
     * <pre>
     *   a ── b ──┬── c1 ── c2 ──┬── m
     *            └── d1 ────────┘
     * </pre>
     */
    static RevisionGraph branched() {
        return RevisionGraph.of(List.of(
                RevisionNode.of("a"), RevisionNode.of("b", "a"),
                RevisionNode.of("c1", "b"), RevisionNode.of("c2", "c1"),
                RevisionNode.of("d1", "b"),
                RevisionNode.of("m", "c2", "d1")));
    }

    static RevisionGraph linear(int count) {
        List<RevisionNode> nodes = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String id = String.format("%03d_r", i);
            nodes.add(i == 1 ? RevisionNode.of(id) : RevisionNode.of(id, String.format("%03d_r", i - 1)));
        }
        return RevisionGraph.of(nodes);
    }

    @Test
    void ordersParentsBeforeChildrenWhateverTheInputOrder() {
        RevisionGraph graph = RevisionGraph.of(List.of(
                RevisionNode.of("m", "c2", "d1"), RevisionNode.of("d1", "b"), RevisionNode.of("c2", "c1"),
                RevisionNode.of("c1", "b"), RevisionNode.of("b", "a"), RevisionNode.of("a")));
        assertEquals(List.of("a", "b", "c1", "c2", "d1", "m"), graph.revisions().stream().map(RevisionNode::id).toList());
        assertEquals(branched().revisions(), graph.revisions());
    }

    @Test
    void findsHeadsBasesBranchPointsAndMergePoints() {
        RevisionGraph graph = branched();
        assertEquals(List.of("m"), graph.heads());
        assertEquals(List.of("a"), graph.bases());
        assertEquals(List.of("b"), graph.branchPoints());
        assertEquals(List.of("m"), graph.mergePoints());
        assertEquals(List.of("c1", "d1"), graph.children("b"));

        RevisionGraph unmerged = RevisionGraph.of(List.of(RevisionNode.of("a"), RevisionNode.of("b1", "a"), RevisionNode.of("b2", "a")));
        assertEquals(List.of("b1", "b2"), unmerged.heads());
        assertTrue(unmerged.mergePoints().isEmpty());
    }

    @Test
    void ancestorsDescendantsAndHeadsOfASet() {
        RevisionGraph graph = branched();
        assertEquals(List.of("a", "b", "c1", "c2"), List.copyOf(graph.ancestors(List.of("c2"))));
        assertEquals(List.of("d1", "m"), List.copyOf(graph.descendants(List.of("d1"))));
        assertEquals(List.of("c2", "d1"), graph.headsOf(List.of("c2", "d1", "a")));
        assertEquals(List.of("m"), graph.headsOf(List.of("m", "c1")));
        assertEquals(List.of(), graph.headsOf(List.of()));
    }

    @Test
    void pathBetweenTwoRevisions() {
        RevisionGraph graph = branched();
        assertEquals(List.of("c1", "c2", "d1", "m"), graph.path("b", "m").stream().map(RevisionNode::id).toList());
        assertEquals(List.of("a", "b", "d1"), graph.path(null, "d1").stream().map(RevisionNode::id).toList());
        InvalidTargetException unrelated = assertThrows(InvalidTargetException.class, () -> graph.path("c1", "d1"));
        assertTrue(unrelated.getMessage().contains("does not descend from c1"), unrelated.getMessage());
    }

    @Test
    void duplicateIdNamesBothOrigins() {
        DuplicateRevisionException error = assertThrows(DuplicateRevisionException.class, () -> RevisionGraph.of(List.of(
                new RevisionNode("002_x", List.of(), "", "", "versions/a.java"),
                new RevisionNode("002_x", List.of(), "", "", "versions/b.java"))));
        assertEquals("002_x", error.id());
        assertTrue(error.getMessage().contains("versions/a.java") && error.getMessage().contains("versions/b.java"), error.getMessage());
    }

    @Test
    void missingParentNamesChildAndParent() {
        MissingParentException error = assertThrows(MissingParentException.class,
                () -> RevisionGraph.of(List.of(RevisionNode.of("a"), RevisionNode.of("c", "b"))));
        assertEquals("c", error.revision());
        assertEquals("b", error.parent());
        assertTrue(error.getMessage().startsWith("revision c names parent b, which no migration declares"), error.getMessage());
    }

    @Test
    void cycleIsReportedAlongItsEdges() {
        RevisionCycleException error = assertThrows(RevisionCycleException.class, () -> RevisionGraph.of(List.of(
                RevisionNode.of("a"), RevisionNode.of("x", "z"), RevisionNode.of("y", "x"), RevisionNode.of("z", "y", "a"))));
        assertEquals(List.of("x", "z", "y", "x"), error.cycle());
        assertTrue(error.getMessage().contains("x -> z -> y -> x"), error.getMessage());

        RevisionCycleException self = assertThrows(RevisionCycleException.class, () -> RevisionNode.of("a", "a"));
        assertEquals(List.of("a", "a"), self.cycle());
    }

    @Test
    void revisionIdsThatWouldClashWithTargetsAreRefused() {
        for (String bad : List.of("head", "heads", "base", "", " a", "a b", "a:b")) {
            assertThrows(InvalidRevisionIdException.class, () -> RevisionNode.of(bad), bad);
        }
        assertThrows(InvalidRevisionIdException.class, () -> RevisionNode.of("b", "a", "a"));
    }

    @Test
    void unknownIdIsTyped() {
        UnknownRevisionException error = assertThrows(UnknownRevisionException.class, () -> branched().get("zz"));
        assertEquals("zz", error.revision());
    }

    @Test
    void headNeedsExactlyOneHead() {
        RevisionGraph twoHeads = RevisionGraph.of(List.of(RevisionNode.of("a"), RevisionNode.of("b1", "a"), RevisionNode.of("b2", "a")));
        MultipleHeadsException error = assertThrows(MultipleHeadsException.class, twoHeads::head);
        assertEquals(List.of("b1", "b2"), error.heads());
        assertTrue(error.getMessage().contains("b1, b2") && error.getMessage().contains("migrata merge"), error.getMessage());
        assertThrows(InvalidTargetException.class, () -> RevisionGraph.empty().head());
        assertFalse(RevisionGraph.empty().contains("a"));
    }

    @Test
    void mergeParentsAreHeadsThatDoNotDescendFromEachOther() {
        RevisionGraph twoHeads = RevisionGraph.of(List.of(RevisionNode.of("a"), RevisionNode.of("b1", "a"), RevisionNode.of("b2", "a")));
        assertEquals(List.of("b1", "b2"), twoHeads.mergeParents(List.of()));
        assertEquals(List.of("b1", "b2"), twoHeads.mergeParents(List.of("b2", "b1")));
        InvalidTargetException joined = assertThrows(InvalidTargetException.class, () -> twoHeads.mergeParents(List.of("a", "b1")));
        assertTrue(joined.getMessage().contains("a is an ancestor of b1"), joined.getMessage());
        InvalidTargetException single = assertThrows(InvalidTargetException.class, () -> branched().mergeParents(List.of()));
        assertTrue(single.getMessage().contains("nothing to merge"), single.getMessage());
    }
}
