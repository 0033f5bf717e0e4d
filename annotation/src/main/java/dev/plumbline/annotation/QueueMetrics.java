package dev.plumbline.annotation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * Throughput and backlog of one queue: items by state, labels, the age of waiting items (p50, p95,
 * seconds), items waiting per feeding policy, and each annotator's pace and gold accuracy.
 */
public record QueueMetrics(int items, int waiting, int inProgress, int complete, int labels, double ageP50Seconds,
        double ageP95Seconds, Map<String, Integer> waitingPerPolicy, List<AnnotatorThroughput> annotators) {
    public QueueMetrics {
        waitingPerPolicy = Map.copyOf(requireNonNull(waitingPerPolicy, "waitingPerPolicy is null"));
        annotators = List.copyOf(requireNonNull(annotators, "annotators is null"));
    }
}
