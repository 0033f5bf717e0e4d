package dev.plumbline.store;

import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.ProjectId;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The labelling process of {@link DuckDbQueueCrashDurabilityTest}: opens the embedded store, fills
 * a queue, prints {@code ready}, then has several annotator threads take and submit concurrently,
 * printing {@code ack <label id>} only after each submit has returned, until it is killed.
 */
public final class LabelUntilKilled {
    static final ProjectId PROJECT = new ProjectId("crash");
    static final String QUEUE = "q";
    static final int ITEMS = 2_000;
    static final int ANNOTATORS = 6;

    private LabelUntilKilled() {
    }

    /** Argument: the data directory. */
    public static void main(String[] args) throws InterruptedException {
        DuckDbStore store = DuckDbStore.open(Path.of(args[0]));
        Instant t0 = Instant.now();
        store.queues().create(PROJECT, Queue.pairwise(QUEUE, 3, "v1", t0).withLease(Duration.ofHours(1)));
        store.queues().add(PROJECT, QUEUE, IntStream.range(0, ITEMS).mapToObj(i -> new QueueItem("item-" + i,
                new LabelSubject.Pair("a" + i, "b" + i), "{}", "audit", Optional.empty(), t0)).toList());
        System.out.println("ready");
        System.out.flush();
        List<Thread> annotators = new ArrayList<>();
        for (int a = 0; a < ANNOTATORS; a++) {
            String annotator = "ann-" + a;
            Thread thread = new Thread(() -> label(store, annotator));
            thread.start();
            annotators.add(thread);
        }
        for (Thread thread : annotators) {
            thread.join();
        }
        System.out.println("done");
    }

    private static void label(DuckDbStore store, String annotator) {
        Answer answer = new Answer("A", List.of(), false, Map.of());
        while (true) {
            Optional<Lease> lease = store.queues().take(PROJECT, QUEUE, annotator, false, Instant.now());
            if (lease.isEmpty()) {
                return;
            }
            Label label = store.queues().submit(PROJECT, lease.get().id(), annotator, answer, Instant.now());
            synchronized (System.out) {
                System.out.println("ack " + label.id());
                System.out.flush();
            }
        }
    }
}
