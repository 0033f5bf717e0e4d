package dev.plumbline.probes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ExactTest {
    @Test
    void mcNemarIsTwiceTheBinomialTailOfTheSmallerDiscordantCount() {
        // b=1, c=9: 2 * (C(10,0) + C(10,1)) / 2^10 = 22/1024
        assertThat(Exact.mcNemar(1, 9)).isCloseTo(22.0 / 1024, within(1e-12));
        assertThat(Exact.mcNemar(9, 1)).isCloseTo(22.0 / 1024, within(1e-12));
        assertThat(Exact.mcNemar(0, 5)).isCloseTo(2.0 / 32, within(1e-12));
        assertThat(Exact.mcNemar(0, 6)).isCloseTo(2.0 / 64, within(1e-12));
    }

    @Test
    void mcNemarIsOneWithoutDiscordantPairsOrWhenBalanced() {
        assertThat(Exact.mcNemar(0, 0)).isEqualTo(1.0);
        assertThat(Exact.mcNemar(4, 4)).isEqualTo(1.0);
    }

    @Test
    void mcNemarStaysFiniteForLargeCounts() {
        // Normal approximation: z = (600-400)/sqrt(1000) = 6.32, two-sided p about 2.6e-10.
        double p = Exact.mcNemar(400, 600);
        assertThat(p).isGreaterThan(1e-11).isLessThan(1e-9);
    }

    @Test
    void wilsonIntervalMatchesThePublishedValues() {
        // Wilson 95% for 8/10 is [0.490, 0.943] (Newcombe 1998, Table I style check).
        double[] interval = Exact.wilson(8, 10);
        assertThat(interval[0]).isCloseTo(0.4902, within(1e-4));
        assertThat(interval[1]).isCloseTo(0.9433, within(1e-4));
        double[] none = Exact.wilson(0, 10);
        assertThat(none[0]).isEqualTo(0.0);
        assertThat(none[1]).isCloseTo(0.2775, within(1e-4));
        assertThat(Exact.wilson(0, 0)).containsExactly(0, 1);
    }

    @Test
    void aProportionKnowsWhetherItExceedsABound() {
        assertThat(new Proportion(3, 10).exceeds(0.2)).isTrue();
        assertThat(new Proportion(2, 10).exceeds(0.2)).isFalse();
        assertThat(new Proportion(0, 0).exceeds(0.0)).isFalse();
        assertThat(new Proportion(0, 0).rate()).isEmpty();
    }
}
