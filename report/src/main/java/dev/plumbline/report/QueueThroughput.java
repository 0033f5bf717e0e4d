package dev.plumbline.report;

import static java.util.Objects.requireNonNull;

import dev.plumbline.annotation.QueueMetrics;

/**
 * One annotation queue's throughput and backlog as the report charts it: the queue's id and its
 * metrics measured at one moment (items per hour and time per item per annotator, the age of
 * waiting items, items waiting per feeding policy). Immutable.
 */
public record QueueThroughput(String queue, QueueMetrics metrics) {
    public QueueThroughput {
        requireNonNull(queue, "queue is null");
        requireNonNull(metrics, "metrics is null");
    }
}
