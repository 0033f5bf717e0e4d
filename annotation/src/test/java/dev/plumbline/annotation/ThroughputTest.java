package dev.plumbline.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThroughputTest {
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    private static WorkDone done(String annotator, String item, int takenSecond, int doneSecond, String value,
            Optional<String> gold) {
        return new WorkDone(annotator, item, T0.plusSeconds(takenSecond), Optional.of(T0.plusSeconds(doneSecond)),
                Optional.of(value), gold);
    }

    @Test
    void countsItemsByStateAndAgesOnlyTheWaitingOnes() {
        List<BacklogItem> items = List.of(
                new BacklogItem("a", "audit-sample", T0, 2, 0, 2),
                new BacklogItem("b", "audit-sample", T0.plusSeconds(600), 1, 1, 2),
                new BacklogItem("c", "below-confidence", T0.plusSeconds(1200), 0, 1, 2),
                new BacklogItem("d", "below-confidence", T0.plusSeconds(1800), 0, 0, 2));
        QueueMetrics metrics = Throughput.measure(items, List.of(), T0.plusSeconds(3600));
        assertThat(metrics.complete()).isEqualTo(1);
        assertThat(metrics.inProgress()).isEqualTo(1);
        assertThat(metrics.waiting()).isEqualTo(2);
        assertThat(metrics.waitingPerPolicy()).containsEntry("below-confidence", 2).hasSize(1);
        assertThat(metrics.ageP50Seconds()).isEqualTo(1800.0);
        assertThat(metrics.ageP95Seconds()).isEqualTo(2400.0);
    }

    @Test
    void measuresPacePerAnnotatorAndAccuracyOnGold() {
        List<WorkDone> work = List.of(
                done("ann", "a", 0, 30, "A", Optional.empty()),
                done("ann", "b", 30, 90, "B", Optional.of("B")),
                done("ann", "c", 90, 1800, "A", Optional.of("B")),
                done("bob", "a", 0, 10, "A", Optional.empty()),
                new WorkDone("bob", "b", T0, Optional.empty(), Optional.empty(), Optional.of("B")));
        QueueMetrics metrics = Throughput.measure(List.of(), work, T0.plusSeconds(3600));
        AnnotatorThroughput ann = metrics.annotators().get(0);
        assertThat(ann.labels()).isEqualTo(3);
        assertThat(ann.itemsPerHour()).isEqualTo(6.0);
        assertThat(ann.medianSecondsPerItem()).isEqualTo(60.0);
        assertThat(ann.goldLabels()).isEqualTo(2);
        assertThat(ann.goldAccuracy().getAsDouble()).isEqualTo(0.5);
        AnnotatorThroughput bob = metrics.annotators().get(1);
        assertThat(bob.itemsPerHour()).isEqualTo(60.0);
        assertThat(bob.goldAccuracy()).isEmpty();
        assertThat(metrics.labels()).isEqualTo(4);
    }

    @Test
    void itemsPerHourCountOnlyTheSittingsNotTheIdleWeekBetweenThem() {
        int week = 7 * 24 * 3600;
        List<WorkDone> work = List.of(
                done("ann", "a", 0, 1800, "A", Optional.empty()),
                done("ann", "b", 1800, 3600, "A", Optional.empty()),
                done("ann", "c", week, week + 1800, "A", Optional.empty()),
                done("ann", "d", week + 1800 + 300, week + 3600, "A", Optional.empty()));

        AnnotatorThroughput ann = Throughput.measure(List.of(), work, T0.plusSeconds(week + 7200)).annotators().get(0);

        // two sittings of an hour each (the five-minute pause inside the second one is work time)
        assertThat(ann.itemsPerHour()).isEqualTo(2.0);
    }
}
