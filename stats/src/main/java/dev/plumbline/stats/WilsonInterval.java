package dev.plumbline.stats;

import dev.plumbline.model.PlumblineException;
import org.apache.commons.math3.distribution.NormalDistribution;

/** The Wilson score interval for a binomial proportion, well behaved near 0, 1 and for small n. */
public final class WilsonInterval {
    private WilsonInterval() {
    }

    public static Interval of(long successes, long trials, double level) {
        if (successes < 0 || successes > trials) {
            throw PlumblineException.invalidInput("successes must be in [0, trials], was " + successes + " of " + trials);
        }
        if (trials == 0) {
            return Interval.UNDEFINED;
        }
        double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - (1 - level) / 2);
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double center = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new Interval(Math.max(0, center - half), Math.min(1, center + half));
    }
}
