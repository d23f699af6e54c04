package io.migrata.runner.graph;

import static io.migrata.runner.graph.RevisionGraphTest.branched;
import static io.migrata.runner.graph.RevisionGraphTest.linear;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetsTest {

    private final RevisionGraph five = linear(5);

    @Test
    void keywords() {
        assertEquals(List.of("005_r"), five.resolve("head", List.of()));
        assertEquals(List.of("005_r"), five.resolve("heads", List.of()));
        assertEquals(List.of(), five.resolve("base", List.of("003_r")));
        RevisionGraph twoHeads = RevisionGraph.of(List.of(RevisionNode.of("a"), RevisionNode.of("b1", "a"), RevisionNode.of("b2", "a")));
        assertEquals(List.of("b1", "b2"), twoHeads.resolve("heads", List.of()));
        assertThrows(MultipleHeadsException.class, () -> twoHeads.resolve("head", List.of()));
    }

    @Test
    void idsAndUniquePrefixes() {
        assertEquals(List.of("003_r"), five.resolve("003_r", List.of()));
        assertEquals(List.of("003_r"), five.resolve("003", List.of()));
        assertEquals(List.of("003_r"), five.resolve(" 003 ", List.of()));
        AmbiguousRevisionException ambiguous = assertThrows(AmbiguousRevisionException.class, () -> five.resolve("00", List.of()));
        assertEquals(List.of("001_r", "002_r", "003_r", "004_r", "005_r"), ambiguous.candidates());
        assertTrue(ambiguous.getMessage().contains("001_r, 002_r"), ambiguous.getMessage());
    }

    @Test
    void unknownTargetsListTheForms() {
        UnknownRevisionException unknown = assertThrows(UnknownRevisionException.class, () -> five.resolve("9", List.of()));
        assertEquals("9", unknown.revision());
        assertTrue(unknown.getMessage().contains("+N"), unknown.getMessage());
        assertThrows(UnknownRevisionException.class, () -> five.resolve("zz+1", List.of()));
        assertThrows(InvalidTargetException.class, () -> five.resolve("", List.of()));
    }

    @Test
    void stepsFromTheCurrentRevision() {
        assertEquals(List.of("004_r"), five.resolve("+2", List.of("002_r")));
        assertEquals(List.of("001_r"), five.resolve("+1", List.of()));
        assertEquals(List.of("001_r"), five.resolve("-2", List.of("003_r")));
        assertEquals(List.of(), five.resolve("-3", List.of("003_r")));
    }

    @Test
    void stepsFromANamedRevision() {
        assertEquals(List.of("004_r"), five.resolve("head-1", List.of()));
        assertEquals(List.of("002_r"), five.resolve("base+2", List.of()));
        assertEquals(List.of("005_r"), five.resolve("003_r+2", List.of()));
        assertEquals(List.of("002_r"), five.resolve("004-2", List.of()));
    }

    @Test
    void anIdThatLooksLikeAStepIsStillAnId() {
        RevisionGraph dated = RevisionGraph.of(List.of(RevisionNode.of("2026-02-19"), RevisionNode.of("2026-02-20", "2026-02-19")));
        assertEquals(List.of("2026-02-19"), dated.resolve("2026-02-19", List.of()));
        assertEquals(List.of("2026-02-19"), dated.resolve("2026-02-20-1", List.of()));
    }

    @Test
    void stepsPastEitherEndAreRefused() {
        InvalidTargetException above = assertThrows(InvalidTargetException.class, () -> five.resolve("+3", List.of("003_r")));
        assertTrue(above.getMessage().contains("only 2 revisions above the current revision"), above.getMessage());
        InvalidTargetException below = assertThrows(InvalidTargetException.class, () -> five.resolve("002-3", List.of()));
        assertTrue(below.getMessage().contains("below base"), below.getMessage());
        assertThrows(InvalidTargetException.class, () -> five.resolve("-1", List.of()));
        assertThrows(InvalidTargetException.class, () -> five.resolve("+0", List.of()));
        assertThrows(InvalidTargetException.class, () -> five.resolve("heads-1", List.of()));
    }

    @Test
    void aStepUpIntoABranchIsAmbiguous() {
        AmbiguousRevisionException error = assertThrows(AmbiguousRevisionException.class,
                () -> branched().resolve("+1", List.of("b")));
        assertEquals(List.of("c1", "d1"), error.candidates());
        assertTrue(error.getMessage().contains("b is a branch point"), error.getMessage());
        RevisionGraph twoBases = RevisionGraph.of(List.of(RevisionNode.of("x"), RevisionNode.of("y")));
        assertThrows(AmbiguousRevisionException.class, () -> twoBases.resolve("+1", List.of()));
    }

    @Test
    void aStepDownFromAMergeReachesBothParents() {
        assertEquals(List.of("c2", "d1"), branched().resolve("-1", List.of("m")));
        assertEquals(List.of("c1"), branched().resolve("m-2", List.of()));
        assertEquals(List.of("b"), branched().resolve("m-3", List.of()));
    }

    @Test
    void aRelativeStepFromSeveralCurrentHeadsNamesThem() {
        MultipleHeadsException error = assertThrows(MultipleHeadsException.class,
                () -> branched().resolve("-1", List.of("c2", "d1")));
        assertEquals(List.of("c2", "d1"), error.heads());
        assertTrue(error.getMessage().contains("c2-1"), error.getMessage());
    }
}
