package dev.plumbline.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TestsAndIntervalsTest {

    @Test
    void exactMcNemarIsTwiceTheBinomialTail() {
        // 1 vs 9 discordant pairs: 2 * (C(10,0) + C(10,1)) / 2^10
        assertThat(McNemar.exactPValue(1, 9)).isCloseTo(22.0 / 1024, within(1e-12));
        assertThat(McNemar.exactPValue(5, 5)).isEqualTo(1.0);
        assertThat(McNemar.exactPValue(0, 0)).isEqualTo(1.0);
    }

    @Test
    void wilsonIntervalOfZeroSuccessesStartsAtZero() {
        Interval interval = WilsonInterval.of(0, 10, 0.95);
        assertThat(interval.lower()).isEqualTo(0.0);
        assertThat(interval.upper()).isCloseTo(0.2775, within(1e-4));
        assertThat(WilsonInterval.of(50, 100, 0.95).lower()).isCloseTo(0.4038, within(1e-4));
        assertThat(WilsonInterval.of(0, 0, 0.95).defined()).isFalse();
    }

    @Test
    void logisticRegressionRecoversTheSaturatedTwoGroupLogOdds() {
        // x = 0: 30 of 40 succeed (log-odds ln 3); x = 1: 10 of 40 (log-odds -ln 3)
        List<double[]> features = new ArrayList<>();
        List<Boolean> outcomes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            features.add(new double[] {0});
            outcomes.add(i < 30);
            features.add(new double[] {1});
            outcomes.add(i < 10);
        }
        boolean[] y = new boolean[outcomes.size()];
        IntStream.range(0, y.length).forEach(i -> y[i] = outcomes.get(i));
        LogisticFit fit = LogisticRegression.fit(features.toArray(new double[0][]), y);
        assertThat(fit.converged()).isTrue();
        assertThat(fit.intercept()).isCloseTo(Math.log(3), within(1e-9));
        assertThat(fit.coefficient(0)).isCloseTo(-2 * Math.log(3), within(1e-9));
        // standard error of a log-odds ratio: sqrt(1/30 + 1/10 + 1/10 + 1/30)
        assertThat(fit.standardError(0)).isCloseTo(Math.sqrt(1.0 / 30 + 0.1 + 0.1 + 1.0 / 30), within(1e-9));
        assertThat(fit.probability(1)).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void bootstrapIntervalsAreReproducibleFromTheSeedAndCoverTheEstimate() {
        List<Double> values = IntStream.range(0, 200).mapToObj(i -> (double) (i % 7)).toList();
        Bootstrap bootstrap = new Bootstrap(500, 7L, 0.95);
        Estimate first = bootstrap.estimate(values, mean());
        Estimate second = bootstrap.estimate(values, mean());
        assertThat(first).isEqualTo(second);
        assertThat(first.interval().contains(first.value())).isTrue();
        assertThat(first.interval().upper()).isGreaterThan(first.interval().lower());
        Estimate other = new Bootstrap(500, 8L, 0.95).estimate(values, mean());
        assertThat(other.interval()).isNotEqualTo(first.interval());
    }

    @Test
    void pairwiseSummationFollowsNumpysBlockOrder() {
        // 0.1 added ten times sequentially is 0.9999999999999999; NumPy's pairwise order gives 1.0
        double[] tenths = new double[10];
        java.util.Arrays.fill(tenths, 0.1);
        assertThat(PairwiseSummation.sum(tenths)).isEqualTo(1.0);
        assertThat(PairwiseSummation.sum(new double[] {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}))
                .isEqualTo(0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1);
    }

    private static java.util.function.ToDoubleFunction<List<Double>> mean() {
        return sample -> sample.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
