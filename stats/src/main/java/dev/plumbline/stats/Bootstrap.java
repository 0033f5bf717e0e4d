package dev.plumbline.stats;

import dev.plumbline.model.PlumblineException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Seeded percentile bootstrap: resample the units with replacement, recompute the statistic, and
 * take the central {@code level} share of the results. The same seed gives the same interval.
 * Resamples on which the statistic is undefined (NaN) are dropped.
 */
public record Bootstrap(int resamples, long seed, double level) {
    public static final Bootstrap DEFAULT = new Bootstrap(1000, 20261126L, 0.95);

    public Bootstrap {
        if (resamples < 1) {
            throw PlumblineException.invalidInput("bootstrap resamples must be at least 1, was " + resamples);
        }
        if (!(level > 0 && level < 1)) {
            throw PlumblineException.invalidInput("confidence level must be in (0, 1), was " + level);
        }
    }

    public <T> Interval interval(List<T> units, ToDoubleFunction<List<T>> statistic) {
        if (units.isEmpty()) {
            return Interval.UNDEFINED;
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[resamples];
        int defined = 0;
        List<T> sample = new ArrayList<>(units.size());
        for (int r = 0; r < resamples; r++) {
            sample.clear();
            for (int i = 0; i < units.size(); i++) {
                sample.add(units.get(random.nextInt(units.size())));
            }
            double value = statistic.applyAsDouble(sample);
            if (!Double.isNaN(value)) {
                values[defined++] = value;
            }
        }
        if (defined == 0) {
            return Interval.UNDEFINED;
        }
        double[] sorted = Arrays.copyOf(values, defined);
        Arrays.sort(sorted);
        double tail = (1 - level) / 2;
        return new Interval(quantile(sorted, tail), quantile(sorted, 1 - tail));
    }

    /** The estimate on all units with its bootstrap interval. */
    public <T> Estimate estimate(List<T> units, ToDoubleFunction<List<T>> statistic) {
        double value = units.isEmpty() ? Double.NaN : statistic.applyAsDouble(units);
        Interval interval = Double.isNaN(value) ? Interval.UNDEFINED : interval(units, statistic);
        return new Estimate(value, interval, units.size());
    }

    /** Linear interpolation between order statistics (NumPy's default quantile). */
    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
