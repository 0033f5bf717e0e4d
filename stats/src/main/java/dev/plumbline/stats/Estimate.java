package dev.plumbline.stats;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;

/**
 * A point estimate with its confidence interval and the number of units it was computed from. The
 * value is NaN when it is undefined (for example a kappa with no variation in the labels).
 */
public record Estimate(double value, Interval interval, int units) {
    public Estimate {
        requireNonNull(interval, "interval is null");
        if (units < 0) {
            throw PlumblineException.invalidInput("units must not be negative, was " + units);
        }
    }

    public static Estimate undefined(int units) {
        return new Estimate(Double.NaN, Interval.UNDEFINED, units);
    }
}
