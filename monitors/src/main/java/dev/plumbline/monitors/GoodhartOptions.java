package dev.plumbline.monitors;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import java.util.Map;

/**
 * Settings of the Goodhart monitor: the z a change must exceed to count as significant (1.96 is the
 * two-sided 5% level), and directions for outcomes whose name does not tell (by default names with
 * escalation, churn, complaint, failure, error, abandon, refund, cancel or ticket are lower-is-better).
 * Immutable.
 */
public record GoodhartOptions(double zCritical, Map<String, Direction> outcomeDirections) {
    public GoodhartOptions {
        requireNonNull(outcomeDirections, "outcomeDirections is null");
        outcomeDirections = Map.copyOf(outcomeDirections);
        if (!(zCritical > 0)) {
            throw PlumblineException.invalidInput("zCritical must be positive, was " + zCritical);
        }
    }

    public static GoodhartOptions defaults() {
        return new GoodhartOptions(1.96, Map.of());
    }

    public Direction directionOf(String outcome) {
        return outcomeDirections.getOrDefault(outcome, Direction.ofOutcome(outcome));
    }
}
