package dev.plumbline.pairs;

import static dev.plumbline.pairs.Pairs.ids;
import static dev.plumbline.pairs.Pairs.pair;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FiltersTest {
    @Test
    void tiesAreDroppedAndCounted() {
        FilterResult result = new DropTies().apply(List.of(Pairs.tie("p-1"), pair("p-2", "q", "a", "b", 1)));
        assertThat(ids(result.kept())).containsExactly("p-2");
        assertThat(result.removed()).isEqualTo(1);
    }

    @Test
    void pairsBelowTheMinimumConfidenceAreDropped() {
        FilterResult result = new DropBelowConfidence(0.5).apply(List.of(pair("p-1", "q", "a", "b", 0.49),
                pair("p-2", "q", "a", "b", 0.5)));
        assertThat(ids(result.kept())).containsExactly("p-2");
    }

    @Test
    void exactDuplicatesKeepTheFirst() {
        FilterResult result = new DropExactDuplicates().apply(List.of(pair("p-1", "q", "a", "b", 1),
                pair("p-2", "q", "a", "b", 1), pair("p-3", "q", "a", "B", 1)));
        assertThat(ids(result.kept())).containsExactly("p-1", "p-3");
        assertThat(result.removed()).isEqualTo(1);
    }

    @Test
    void nearIdenticalSidesAreDropped() {
        String long1 = "The refund of forty dollars was issued today and should arrive within five working days.";
        FilterResult result = new DropNearIdentical(0.02).apply(List.of(
                pair("p-1", "q", "Hello  World", "hello world", 1),
                pair("p-2", "q", long1, long1.replace("today", "todai"), 1),
                pair("p-3", "q", "Rome.", "Paris.", 1)));
        assertThat(ids(result.kept())).containsExactly("p-3");
        assertThat(result.removed()).isEqualTo(2);
    }

    @Test
    void contradictionsAreDroppedOnBothSidesByDefault() {
        List<Pair> pairs = List.of(pair("p-1", "q", "a", "b", 0.9), pair("p-2", "Q", "b", "a", 0.6),
                pair("p-3", "q", "a", "c", 0.9));
        FilterResult result = new ResolveContradictions(ContradictionPolicy.DROP_BOTH).apply(pairs);
        assertThat(ids(result.kept())).containsExactly("p-3");
        assertThat(result.removed()).isEqualTo(2);
    }

    @Test
    void contradictionsCanKeepTheStrongerDirection() {
        List<Pair> pairs = List.of(pair("p-1", "q", "a", "b", 0.9), pair("p-2", "q", "b", "a", 0.6),
                pair("p-3", "r", "a", "b", 0.7), pair("p-4", "r", "b", "a", 0.7));
        FilterResult result = new ResolveContradictions(ContradictionPolicy.KEEP_STRONGER).apply(pairs);
        assertThat(ids(result.kept())).containsExactly("p-1");
    }
}
