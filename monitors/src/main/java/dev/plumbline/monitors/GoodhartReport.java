package dev.plumbline.monitors;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The Goodhart audit over a series of releases: every metric per release, every release-over-release
 * change, the divergences (the alarm), and how each proxy's ranking of releases tracks each
 * outcome's. Immutable.
 */
public record GoodhartReport(List<String> releases, List<ReleaseMetric> metrics, List<MetricChange> changes,
        List<Divergence> divergences, List<RankCorrelation> correlations, GoodhartOptions options) {
    public GoodhartReport {
        releases = List.copyOf(releases);
        metrics = List.copyOf(metrics);
        changes = List.copyOf(changes);
        divergences = List.copyOf(divergences);
        correlations = List.copyOf(correlations);
        requireNonNull(options, "options is null");
    }

    public boolean alarm() {
        return !divergences.isEmpty();
    }

    /** Metric names in first-seen order, proxies before outcomes. */
    public List<String> metricNames(MetricKind kind) {
        return metrics.stream().filter(m -> m.kind() == kind).map(ReleaseMetric::metric).distinct().toList();
    }

    public Optional<ReleaseMetric> metric(String release, String metric) {
        return metrics.stream().filter(m -> m.release().equals(release) && m.metric().equals(metric)).findFirst();
    }
}
