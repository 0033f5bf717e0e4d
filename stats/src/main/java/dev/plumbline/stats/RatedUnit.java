package dev.plumbline.stats;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One unit (item, pair) with the label each rater gave it; raters who did not label it are absent.
 * The map iterates in rater order, so every computation over it is deterministic.
 */
public record RatedUnit(String id, Map<String, String> values) {
    public RatedUnit {
        requireNonNull(id, "id is null");
        values = Collections.unmodifiableMap(new TreeMap<>(requireNonNull(values, "values is null")));
    }

    public int size() {
        return values.size();
    }
}
