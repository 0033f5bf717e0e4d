package dev.plumbline.monitors;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Goodhart's alarm for one release: at least one proxy improved significantly over the previous
 * release while at least one outcome got significantly worse. Immutable.
 */
public record Divergence(String release, String previous, List<MetricChange> improvedProxies,
        List<MetricChange> worsenedOutcomes) {
    public Divergence {
        requireNonNull(release, "release is null");
        requireNonNull(previous, "previous is null");
        improvedProxies = List.copyOf(improvedProxies);
        worsenedOutcomes = List.copyOf(worsenedOutcomes);
    }
}
