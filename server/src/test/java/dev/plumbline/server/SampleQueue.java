package dev.plumbline.server;

import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.ProjectId;
import dev.plumbline.report.Chart;
import dev.plumbline.report.ReportSnapshot;
import dev.plumbline.report.Section;
import dev.plumbline.store.Answer;
import dev.plumbline.store.Lease;
import dev.plumbline.store.Queue;
import dev.plumbline.store.QueueItem;
import dev.plumbline.store.Store;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small annotation queue in a real store: three items from two feeding policies, k=2; both
 * annotators take the first item at {@code now} and submit it 40 s and 60 s later, so that two items wait; and a report snapshot whose voice view the live report cannot compute.
 */
final class SampleQueue {
    static final String QUEUE = "blind";

    private SampleQueue() {
    }

    static void create(Store store, ProjectId project, Instant now) {
        store.queues().create(project, Queue.pairwise(QUEUE, 2, "g1", now));
        store.queues().add(project, QUEUE, List.of(item("q1", "below-confidence", now), item("q2", "audit-sample", now),
                item("q3", "below-confidence", now)));
        label(store, project, "ann-1", now, 40);
        label(store, project, "ann-2", now, 60);
    }

    private static QueueItem item(String id, String policy, Instant now) {
        return new QueueItem(id, new LabelSubject.Pair(id + "-a", id + "-b"), "{\"prompt\":\"p\"}", policy, Optional.empty(), now);
    }

    private static void label(Store store, ProjectId project, String annotator, Instant now, int seconds) {
        Lease lease = store.queues().take(project, QUEUE, annotator, false, now).orElseThrow();
        store.queues().submit(project, lease.id(), annotator, new Answer("A", List.of(), false, Map.of()), now.plusSeconds(seconds));
    }

    /** A snapshot with a voice view, as {@code plumbline report --release … --teacher … --human-reference …} keeps it. */
    static ReportSnapshot voiceSnapshot(Instant computedAt) {
        Section voice = Section.of("voice", "Teacher proximity and distinctive phrases per release",
                List.of("acme-assist@v1: teacher proximity 0.210.", "acme-assist@v2: teacher proximity 0.340."),
                List.of(new Chart("teacher-proximity", "Teacher proximity per release", Chart.ChartKind.LINE,
                        List.of("acme-assist@v1", "acme-assist@v2"), List.of(new Chart.Series("teacher proximity", List.of(0.21, 0.34))))));
        return new ReportSnapshot(computedAt, "plumbline report", List.of(voice));
    }
}
