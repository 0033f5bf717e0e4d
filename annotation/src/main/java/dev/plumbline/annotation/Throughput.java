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
 * Percentiles are nearest-rank. Items per hour are per hour of work: an annotator's labels are cut
 * into sittings wherever more than {@link #IDLE_GAP} passes between one label and the next take, and
 * only the sittings' spans (first take to last label, together at least a minute, so one quick label
 * does not read as thousands per hour) count — an hour today and an hour next week is two hours, not a week.
 */
public final class Throughput {
    private static final Duration MIN_SPAN = Duration.ofMinutes(1);
    public static final Duration IDLE_GAP = Duration.ofMinutes(10);

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
        Duration span = working(done);
        double hours = (span.compareTo(MIN_SPAN) < 0 ? MIN_SPAN : span).toMillis() / 3_600_000.0;
        List<Double> seconds = done.stream()
                .map(w -> Duration.between(w.takenAt(), w.doneAt().orElseThrow()).toMillis() / 1000.0).toList();
        List<WorkDone> gold = done.stream().filter(w -> w.gold().isPresent()).toList();
        int correct = (int) gold.stream().filter(w -> w.gold().equals(w.value())).count();
        return new AnnotatorThroughput(annotator, done.size(), done.size() / hours, percentile(seconds, 0.5),
                gold.size(), correct, gold.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of((double) correct / gold.size()));
    }

    /** The summed spans of the sittings: work ordered by take, a new sitting after an idle gap. */
    static Duration working(List<WorkDone> done) {
        List<WorkDone> ordered = done.stream().sorted(java.util.Comparator.comparing(WorkDone::takenAt)).toList();
        Duration total = Duration.ZERO;
        Instant start = ordered.get(0).takenAt();
        Instant end = ordered.get(0).doneAt().orElseThrow();
        for (WorkDone w : ordered.subList(1, ordered.size())) {
            if (Duration.between(end, w.takenAt()).compareTo(IDLE_GAP) > 0) {
                total = total.plus(Duration.between(start, end));
                start = w.takenAt();
            }
            Instant doneAt = w.doneAt().orElseThrow();
            end = doneAt.isAfter(end) ? doneAt : end;
        }
        return total.plus(Duration.between(start, end));
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
