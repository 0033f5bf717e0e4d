package dev.plumbline.monitors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.plumbline.model.PlumblineException;
import org.junit.jupiter.api.Test;

class JensenShannonTest {
    @Test
    void identicalDistributionsDivergeByNothingWhateverTheirTotals() {
        assertThat(JensenShannon.divergence(new double[] {1, 2, 3}, new double[] {2, 4, 6})).isCloseTo(0, within(1e-12));
    }

    @Test
    void disjointDistributionsDivergeByOneBit() {
        assertThat(JensenShannon.divergence(new double[] {5, 0}, new double[] {0, 7})).isCloseTo(1, within(1e-12));
    }

    @Test
    void matchesTheHandComputedValueForTwoCoins() {
        // P = (1/2, 1/2), Q = (1, 0), M = (3/4, 1/4): JSD = 1/2 [1/2 log2(2/3) + 1/2 log2 2] + 1/2 log2(4/3).
        double expected = 0.5 * (0.5 * log2(0.5 / 0.75) + 0.5 * log2(0.5 / 0.25)) + 0.5 * log2(1 / 0.75);
        assertThat(JensenShannon.divergence(new double[] {1, 1}, new double[] {1, 0})).isCloseTo(expected, within(1e-12));
        assertThat(expected).isCloseTo(0.3113, within(1e-4));
    }

    @Test
    void isSymmetric() {
        double[] p = {3, 1, 0, 2};
        double[] q = {1, 1, 4, 0};
        assertThat(JensenShannon.divergence(p, q)).isEqualTo(JensenShannon.divergence(q, p));
    }

    @Test
    void refusesAnEmptyDistribution() {
        assertThatThrownBy(() -> JensenShannon.divergence(new double[] {0, 0}, new double[] {1, 0}))
                .isInstanceOf(PlumblineException.class).hasMessageContaining("empty");
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
