package dev.plumbline.stats;

import dev.plumbline.model.PlumblineException;

/**
 * A closed interval {@code [lower, upper]}, such as a confidence interval. Both ends are NaN when
 * the interval could not be estimated (too little data); otherwise {@code lower <= upper}.
 */
public record Interval(double lower, double upper) {
    public static final Interval UNDEFINED = new Interval(Double.NaN, Double.NaN);

    public Interval {
        if (Double.isNaN(lower) != Double.isNaN(upper)) {
            throw PlumblineException.invalidInput("an interval has both ends or neither, got [" + lower + ", " + upper + "]");
        }
        if (lower > upper) {
            throw PlumblineException.invalidInput("interval lower end " + lower + " is above its upper end " + upper);
        }
    }

    public boolean defined() {
        return !Double.isNaN(lower);
    }

    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }
}
