package dev.plumbline.signals;

/**
 * A self-normalized inverse-propensity estimate of the thumbs-up rate, its effective sample size
 * (Kish: (sum w)^2 / sum w^2) and a seeded percentile bootstrap interval.
 */
public record IpwEstimate(double estimate, double effectiveSampleSize, double lower, double upper, double level,
        int rounds, long seed) {
}
