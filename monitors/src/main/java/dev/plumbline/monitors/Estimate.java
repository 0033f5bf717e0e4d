package dev.plumbline.monitors;

import dev.plumbline.model.PlumblineException;
import java.util.Arrays;

/**
 * A number with its uncertainty: the point value, a 95% interval, a standard error and the count
 * it rests on (texts, items or bootstrap replicates, as the producer says). Immutable.
 */
public record Estimate(double value, double low, double high, double standardError, int n) {
    private static final double Z95 = 1.959963984540054;

    public Estimate {
        if (Double.isNaN(value) || n < 0 || standardError < 0) {
            throw PlumblineException.invalidInput("an estimate needs a value, n >= 0 and a non-negative standard error");
        }
    }

    /** A proportion with the Wilson score interval, which behaves near 0 and 1 and for small n. */
    public static Estimate proportion(double successes, int n) {
        if (n == 0) {
            throw PlumblineException.invalidInput("a proportion needs at least one trial");
        }
        double p = successes / n;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return new Estimate(p, centre - half, centre + half, Math.sqrt(p * (1 - p) / n), n);
    }

    /** A mean with a normal-approximation interval (mean ± 1.96 standard errors). */
    public static Estimate mean(double[] values) {
        if (values.length == 0) {
            throw PlumblineException.invalidInput("a mean needs at least one value");
        }
        double mean = Arrays.stream(values).average().orElse(0);
        double squares = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
        double se = values.length < 2 ? 0 : Math.sqrt(squares / (values.length - 1) / values.length);
        return new Estimate(mean, mean - Z95 * se, mean + Z95 * se, se, values.length);
    }

    /**
     * A point value with the normal interval from the standard deviation of its bootstrap replicates.
     * Not the percentile interval: plug-in divergences are biased upwards on resamples (repeated
     * texts shrink the vocabulary), so percentiles can miss the point estimate altogether.
     */
    public static Estimate bootstrap(double value, double[] replicates) {
        double mean = Arrays.stream(replicates).average().orElse(0);
        double sd = Math.sqrt(Arrays.stream(replicates).map(v -> (v - mean) * (v - mean)).sum()
                / Math.max(1, replicates.length - 1));
        return withStandardError(value, sd, replicates.length);
    }

    /** A value given directly with a known standard error (e.g. posted by a product's analytics). */
    public static Estimate withStandardError(double value, double standardError, int n) {
        return new Estimate(value, value - Z95 * standardError, value + Z95 * standardError, standardError, n);
    }
}
