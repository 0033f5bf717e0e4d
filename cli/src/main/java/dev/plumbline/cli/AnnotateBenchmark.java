package dev.plumbline.cli;

import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.ProjectId;
import dev.plumbline.store.Answer;
import dev.plumbline.store.DuckDbStore;
import dev.plumbline.store.Lease;
import dev.plumbline.store.Queue;
import dev.plumbline.store.QueueItem;
import dev.plumbline.store.QueueStore;
import dev.plumbline.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.HdrHistogram.Histogram;

/**
 * The annotation queue benchmark: a fresh embedded store holding {@code items} queued pairs, and
 * {@code annotators} threads each taking and submitting {@code labelsPerAnnotator} items as fast as
 * they can. Reports the latency percentiles of take and of submit (each includes the durable commit;
 * submit includes writing the v1 label record).
 */
public final class AnnotateBenchmark {
    /** The measured figures; latencies in milliseconds. */
    public record Result(int items, int annotators, int overlap, long takes, long submits, double seconds,
            double takeP50, double takeP95, double takeP99, double submitP50, double submitP95, double submitP99,
            double setupSeconds) {
        public String text() {
            return String.format(java.util.Locale.ROOT, "annotation queue: %,d items, %d annotators, k=%d, %,d takes and %,d submits"
                    + " in %.1f s (setup %.1f s)%n  take   p50 %.2f ms  p95 %.2f ms  p99 %.2f ms%n"
                    + "  submit p50 %.2f ms  p95 %.2f ms  p99 %.2f ms%n", items, annotators, overlap, takes, submits, seconds,
                    setupSeconds, takeP50, takeP95, takeP99, submitP50, submitP95, submitP99);
        }
    }

    private static final ProjectId PROJECT = ProjectId.DEFAULT;

    private AnnotateBenchmark() {
    }

    /** Runs the benchmark on a temporary embedded store, deleted afterwards. */
    public static Result run(int items, int annotators, int labelsPerAnnotator) throws Exception {
        Path dir = Files.createTempDirectory("plumbline-bench-annotate");
        try (Store store = DuckDbStore.open(dir)) {
            long setup = System.nanoTime();
            Queue queue = Queue.pairwise("bench", 3, "v1", Instant.now()).withLease(Duration.ofMinutes(10));
            store.queues().create(PROJECT, queue);
            fill(store.queues(), items);
            double setupSeconds = (System.nanoTime() - setup) / 1e9;
            return measure(store.queues(), items, annotators, labelsPerAnnotator, queue.overlap(), setupSeconds);
        } finally {
            DemoCommand.deleteRecursively(dir);
        }
    }

    private static void fill(QueueStore queues, int items) {
        Instant now = Instant.now();
        List<QueueItem> batch = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            batch.add(new QueueItem("item-" + i, new LabelSubject.Pair("i-" + i + "a", "i-" + i + "b"),
                    "{\"prompt\":\"Question " + i + "\",\"texts\":{}}", "audit-sample", Optional.empty(), now));
            if (batch.size() == 5_000 || i == items - 1) {
                queues.add(PROJECT, "bench", batch);
                batch.clear();
            }
        }
    }

    private static Result measure(QueueStore queues, int items, int annotators, int labels, int overlap,
            double setupSeconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(annotators);
        List<Future<Histogram[]>> futures = new ArrayList<>();
        long started = System.nanoTime();
        for (int a = 0; a < annotators; a++) {
            String annotator = "annotator-" + a;
            futures.add(pool.submit(() -> work(queues, annotator, labels)));
        }
        Histogram take = new Histogram(60_000_000_000L, 3);
        Histogram submit = new Histogram(60_000_000_000L, 3);
        for (Future<Histogram[]> future : futures) {
            Histogram[] h = future.get();
            take.add(h[0]);
            submit.add(h[1]);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        return new Result(items, annotators, overlap, take.getTotalCount(), submit.getTotalCount(), seconds,
                ms(take, 50), ms(take, 95), ms(take, 99), ms(submit, 50), ms(submit, 95), ms(submit, 99), setupSeconds);
    }

    private static Histogram[] work(QueueStore queues, String annotator, int labels) {
        Histogram take = new Histogram(60_000_000_000L, 3);
        Histogram submit = new Histogram(60_000_000_000L, 3);
        Answer answer = new Answer("A", List.of(), false, Map.of());
        for (int i = 0; i < labels; i++) {
            long t0 = System.nanoTime();
            Optional<Lease> lease = queues.take(PROJECT, "bench", annotator, false, Instant.now());
            long t1 = System.nanoTime();
            take.recordValue(t1 - t0);
            if (lease.isEmpty()) {
                break;
            }
            queues.submit(PROJECT, lease.get().id(), annotator, answer, Instant.now());
            submit.recordValue(System.nanoTime() - t1);
        }
        return new Histogram[] {take, submit};
    }

    private static double ms(Histogram histogram, double percentile) {
        return Math.round(histogram.getValueAtPercentile(percentile) / 10_000.0) / 100.0;
    }

    /** {@code java -cp ... dev.plumbline.cli.AnnotateBenchmark [items] [annotators] [labels per annotator]}. */
    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int annotators = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int labels = args.length > 2 ? Integer.parseInt(args[2]) : 250;
        System.out.print(run(items, annotators, labels).text());
    }
}
