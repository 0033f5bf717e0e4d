package dev.plumbline.pairs;

import static dev.plumbline.pairs.Pairs.pair;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LengthBiasTest {
    private static List<Pair> biased() {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            pairs.add(pair("long-" + i, "q" + i, "x".repeat(199), "y".repeat(99), 1));
        }
        for (int i = 0; i < 10; i++) {
            pairs.add(pair("short-" + i, "r" + i, "x".repeat(99), "y".repeat(199), 1));
        }
        pairs.add(pair("even", "s", "abc", "xyz", 1));
        return pairs;
    }

    @Test
    void statsShowTheShareOfLongerChosenAndTheRatioDistribution() {
        LengthStats stats = LengthStats.of(biased());
        assertThat(stats.shareChosenLonger()).isCloseTo(30.0 / 41, within(1e-9));
        assertThat(stats.shareEqualLength()).isCloseTo(1.0 / 41, within(1e-9));
        assertThat(stats.ratioQuantiles().get("p50")).isEqualTo(2.0);
        assertThat(stats.ratioHistogram()).containsEntry("1-2", 30).containsEntry("1/2-1", 10).containsEntry("1", 1);
    }

    @Test
    void balancingMatchesLengthRatiosInBothDirections() {
        FilterResult result = new LengthBalancer(7).apply(biased());
        LengthStats after = LengthStats.of(result.kept());
        assertThat(result.removed()).isEqualTo(20);
        assertThat(after.pairs()).isEqualTo(21);
        assertThat(after.shareChosenLonger()).isCloseTo(10.0 / 21, within(1e-9));
    }

    @Test
    void balancingIsSeeded() {
        assertThat(new LengthBalancer(7).apply(biased()).kept()).isEqualTo(new LengthBalancer(7).apply(biased()).kept());
        assertThat(new LengthBalancer(7).apply(biased()).kept()).isNotEqualTo(new LengthBalancer(8).apply(biased()).kept());
    }
}
