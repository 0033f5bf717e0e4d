package dev.plumbline.simulate;

import java.util.Map;
import java.util.TreeMap;

/** How much of what the run produced: records by kind, feedback by type, sessions, edits by kind, side-by-side pairs. */
public record TrafficTruth(
        long records,
        long interactions,
        long feedback,
        long labels,
        Map<String, Long> feedbackByType,
        long users,
        long sessions,
        long substantiveEdits,
        long trivialEdits,
        long sideBySidePairs) {
    public TrafficTruth {
        feedbackByType = java.util.Collections.unmodifiableMap(new TreeMap<>(feedbackByType));
    }
}
