package dev.plumbline.annotation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Computes {@link QueueMetrics} from a queue's items and work at a given moment. An incomplete item
 * is in progress when leases hold all its remaining slots, and waiting otherwise (its age counts).
 * Percentiles are nearest-rank. An annotator's active span is first take to last label, at least a
 * minute, so one quick label does not read as thousands per hour.
 */
public final class Throughput {
    private static final Duration MIN_SPAN = Duration.ofMinutes(1);

    private Throughput() {
    }

    public static QueueMetrics measure(List<BacklogItem> items, List<WorkDone> work, Instant now) {
        List<Double> ages = new ArrayList<>();
        Map<String, Integer> perPolicy = new TreeMap<>();
        int waiting = 0;
        int inProgress = 0;
        int complete = 0;
        for (BacklogItem item : items) {
            if (item.complete()) {
                complete++;
            } else if (item.leased() > 0 && item.labels() + item.leased() >= item.overlap()) {
                inProgress++;
            } else {
                waiting++;
                perPolicy.merge(item.policy(), 1, Integer::sum);
                ages.add(Math.max(0, Duration.between(item.enqueuedAt(), now).toMillis() / 1000.0));
            }
        }
        int labels = (int) work.stream().filter(w -> w.doneAt().isPresent()).count();
        return new QueueMetrics(items.size(), waiting, inProgress, complete, labels, percentile(ages, 0.5),
                percentile(ages, 0.95), perPolicy, annotators(work));
    }

    private static List<AnnotatorThroughput> annotators(List<WorkDone> work) {
        Map<String, List<WorkDone>> byAnnotator = new TreeMap<>();
        work.stream().filter(w -> w.doneAt().isPresent())
                .forEach(w -> byAnnotator.computeIfAbsent(w.annotator(), a -> new ArrayList<>()).add(w));
        List<AnnotatorThroughput> out = new ArrayList<>();
        byAnnotator.forEach((annotator, done) -> out.add(throughput(annotator, done)));
        return out;
    }

    private static AnnotatorThroughput throughput(String annotator, List<WorkDone> done) {
        Instant first = done.stream().map(WorkDone::takenAt).min(Instant::compareTo).orElseThrow();
        Instant last = done.stream().map(w -> w.doneAt().orElseThrow()).max(Instant::compareTo).orElseThrow();
        Duration span = Duration.between(first, last);
        double hours = (span.compareTo(MIN_SPAN) < 0 ? MIN_SPAN : span).toMillis() / 3_600_000.0;
        List<Double> seconds = done.stream()
                .map(w -> Duration.between(w.takenAt(), w.doneAt().orElseThrow()).toMillis() / 1000.0).toList();
        List<WorkDone> gold = done.stream().filter(w -> w.gold().isPresent()).toList();
        int correct = (int) gold.stream().filter(w -> w.gold().equals(w.value())).count();
        return new AnnotatorThroughput(annotator, done.size(), done.size() / hours, percentile(seconds, 0.5),
                gold.size(), correct, gold.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of((double) correct / gold.size()));
    }

    /** Nearest-rank percentile; 0 for no values. */
    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
