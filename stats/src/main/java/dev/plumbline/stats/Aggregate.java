package dev.plumbline.stats;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The aggregated label of one unit: the winning category if there is one, how sure the aggregator
 * is of it (a vote share or a posterior probability), and the whole distribution over categories.
 */
public record Aggregate(String unit, Optional<String> label, double confidence, Map<String, Double> distribution) {
    public Aggregate {
        requireNonNull(unit, "unit is null");
        requireNonNull(label, "label is null");
        distribution = Collections.unmodifiableMap(new TreeMap<>(requireNonNull(distribution, "distribution is null")));
    }
}
