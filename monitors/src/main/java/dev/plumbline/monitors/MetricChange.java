package dev.plumbline.monitors;

import static java.util.Objects.requireNonNull;

/**
 * How a metric moved from the previous release to this one, in "better" units: {@code improvement}
 * is the change times the metric's direction sign (for a win rate against the previous release, its
 * distance from 0.5), {@code z} that improvement over its combined standard error. Significant means
 * |z| at least the monitor's critical z. Immutable.
 */
public record MetricChange(String release, String previous, String metric, MetricKind kind, double improvement,
        double z, boolean significantlyBetter, boolean significantlyWorse) {
    public MetricChange {
        requireNonNull(release, "release is null");
        requireNonNull(previous, "previous is null");
        requireNonNull(metric, "metric is null");
        requireNonNull(kind, "kind is null");
    }
}
