package dev.plumbline.monitors;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;

/**
 * One metric of one release with its interval. {@code comparesToPrevious} marks a metric that is
 * itself a comparison with the previous release (a judge's win rate, where 0.5 means no change),
 * so its change is read against 0.5 rather than against the previous value. Immutable.
 */
public record ReleaseMetric(String release, String metric, MetricKind kind, Direction direction, Estimate estimate,
        boolean comparesToPrevious) {
    public ReleaseMetric {
        requireNonNull(release, "release is null");
        requireNonNull(metric, "metric is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(direction, "direction is null");
        requireNonNull(estimate, "estimate is null");
        if (metric.isBlank()) {
            throw PlumblineException.invalidInput("metric name is blank");
        }
    }

    /** A metric given directly (e.g. posted from a product's analytics) rather than computed from records. */
    public static ReleaseMetric given(String release, String metric, MetricKind kind, Direction direction,
            double value, double standardError, int n) {
        return new ReleaseMetric(release, metric, kind, direction, Estimate.withStandardError(value, standardError, n),
                false);
    }
}
