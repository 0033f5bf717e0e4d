package dev.plumbline.cli;

import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.ProjectId;
import dev.plumbline.store.Answer;
import dev.plumbline.store.DuckDbStore;
import dev.plumbline.store.Lease;
import dev.plumbline.store.Queue;
import dev.plumbline.store.QueueItem;
import dev.plumbline.store.QueueStore;
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
 * {@code annotators} threads each taking and submitting {@code labelsPerAnnotator} items, calling the
 * store directly (no HTTP). With no think time they do so as fast as they can (a saturation test:
 * in a closed loop, latency is the annotators' count over the throughput); with a think time each
 * pauses about that long after a take (judging the item) and after a submit (reading the next), as
 * people do. Reports the latency percentiles of take and of submit (each includes the durable
 * commit; submit includes writing the v1 label record), and, as a baseline measured on the same file
 * in the same run, one-row durable commits and primary-key lookups of a queued item by one thread.
 * The first take after the store opens loads the queue's slot index; it is timed and reported on its
 * own (a take and a release before the annotators start), not mixed into the percentiles.
 */
public final class AnnotateBenchmark {
    /** The measured figures; latencies in milliseconds. */
    public record Result(int items, int annotators, int overlap, long thinkMs, long takes, long submits, double seconds,
            double takeP50, double takeP95, double takeP99, double submitP50, double submitP95, double submitP99,
            double setupSeconds, double firstTakeMs, Baseline baseline, double loadBefore, double loadAfter) {
        public String text() {
            return String.format(java.util.Locale.ROOT, "annotation queue: %,d items, %d annotators, k=%d, think time %d ms,"
                    + " %,d takes and %,d submits in %.1f s (%.0f operations/s; setup %.1f s), store called directly%n"
                    + "  first take after opening (loads the slot index; not in the percentiles) %.1f ms%n"
                    + "  take   p50 %.2f ms  p95 %.2f ms  p99 %.2f ms%n"
                    + "  submit p50 %.2f ms  p95 %.2f ms  p99 %.2f ms%n"
                    + "  baseline, one thread: one-row durable commit p50 %.2f ms  p95 %.2f ms;"
                    + " item primary-key lookup p50 %.2f ms  p95 %.2f ms%n"
                    + "  take p95 / commit p95 = %.2f, submit p95 / commit p95 = %.2f; load average %.1f before, %.1f after%n",
                    items, annotators, overlap, thinkMs, takes, submits, seconds, (takes + submits) / seconds, setupSeconds,
                    firstTakeMs, takeP50, takeP95, takeP99, submitP50, submitP95, submitP99, baseline.commitP50(),
                    baseline.commitP95(), baseline.lookupP50(), baseline.lookupP95(), takeP95 / baseline.commitP95(),
                    submitP95 / baseline.commitP95(), loadBefore, loadAfter);
        }

        public String json() {
            return String.format(java.util.Locale.ROOT, "{\"items\":%d,\"annotators\":%d,\"overlap\":%d,\"think_ms\":%d,"
                    + "\"takes\":%d,\"submits\":%d,\"seconds\":%.2f,\"operations_per_second\":%.1f,\"setup_seconds\":%.2f,"
                    + "\"first_take_ms\":%.1f,\"via\":\"store\","
                    + "\"take_ms\":{\"p50\":%.2f,\"p95\":%.2f,\"p99\":%.2f},\"submit_ms\":{\"p50\":%.2f,\"p95\":%.2f,\"p99\":%.2f},"
                    + "\"baseline_ms\":{\"commit_p50\":%.2f,\"commit_p95\":%.2f,\"lookup_p50\":%.2f,\"lookup_p95\":%.2f},"
                    + "\"take_p95_over_commit_p95\":%.2f,\"submit_p95_over_commit_p95\":%.2f,"
                    + "\"load_average\":{\"before\":%.2f,\"after\":%.2f}}",
                    items, annotators, overlap, thinkMs, takes, submits, seconds, (takes + submits) / seconds, setupSeconds,
                    firstTakeMs, takeP50, takeP95, takeP99, submitP50, submitP95, submitP99, baseline.commitP50(),
                    baseline.commitP95(), baseline.lookupP50(), baseline.lookupP95(), takeP95 / baseline.commitP95(),
                    submitP95 / baseline.commitP95(), loadBefore, loadAfter);
        }
    }

    /** The floor in the same run: what one durable commit and one keyed read cost on this machine now. */
    public record Baseline(double commitP50, double commitP95, double lookupP50, double lookupP95) {
    }

    private static final ProjectId PROJECT = ProjectId.DEFAULT;

    private AnnotateBenchmark() {
    }

    /** Runs the saturation benchmark (no think time) on a temporary embedded store, deleted afterwards. */
    public static Result run(int items, int annotators, int labelsPerAnnotator) throws Exception {
        return run(items, annotators, labelsPerAnnotator, 0);
    }

    /**
     * Runs the benchmark on a temporary embedded store, deleted afterwards; each annotator thinks
     * about {@code thinkMs} (see {@link Pacing}) after each take and each submit.
     */
    public static Result run(int items, int annotators, int labelsPerAnnotator, long thinkMs) throws Exception {
        Path dir = Files.createTempDirectory("plumbline-bench-annotate");
        try (DuckDbStore store = DuckDbStore.open(dir)) {
            long setup = System.nanoTime();
            Queue queue = Queue.pairwise("bench", 3, "v1", Instant.now()).withLease(Duration.ofMinutes(10));
            store.queues().create(PROJECT, queue);
            fill(store.queues(), items);
            double setupSeconds = (System.nanoTime() - setup) / 1e9;
            Baseline baseline = baseline(store, items);
            double firstTakeMs = firstTake(store.queues());
            double loadBefore = loadAverage();
            Measured m = measure(store.queues(), annotators, labelsPerAnnotator, thinkMs);
            return new Result(items, annotators, queue.overlap(), thinkMs, m.take().getTotalCount(), m.submit().getTotalCount(),
                    m.seconds(), ms(m.take(), 50), ms(m.take(), 95), ms(m.take(), 99), ms(m.submit(), 50),
                    ms(m.submit(), 95), ms(m.submit(), 99), setupSeconds, firstTakeMs, baseline, loadBefore, loadAverage());
        } finally {
            DemoCommand.deleteRecursively(dir);
        }
    }

    /** Times the take that loads the queue's slot index, and gives the item back. */
    private static double firstTake(QueueStore queues) {
        long started = System.nanoTime();
        Lease lease = queues.take(PROJECT, "bench", "warm-up", false, Instant.now()).orElseThrow();
        double ms = (System.nanoTime() - started) / 1e6;
        queues.release(PROJECT, lease.id(), "warm-up");
        return ms;
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** 200 one-row transactions committed one by one, and 200 primary-key reads of queued items, on one thread. */
    private static Baseline baseline(DuckDbStore store, int items) throws java.sql.SQLException {
        Histogram commit = new Histogram(60_000_000_000L, 3);
        Histogram lookup = new Histogram(60_000_000_000L, 3);
        java.util.Random random = new java.util.Random(5);
        try (java.sql.Connection c = store.newConnection()) {
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("CREATE TABLE bench_commits (n INTEGER PRIMARY KEY, started_ns BIGINT)");
            }
            c.setAutoCommit(false);
            try (java.sql.PreparedStatement insert = c.prepareStatement("INSERT INTO bench_commits VALUES (?, ?)");
                    java.sql.PreparedStatement select = c.prepareStatement("SELECT payload FROM annotation_items"
                            + " WHERE project = ? AND queue_id = ? AND item_id = ?")) {
                for (int i = 0; i < 200; i++) {
                    long t0 = System.nanoTime();
                    insert.setInt(1, i);
                    insert.setLong(2, t0);
                    insert.executeUpdate();
                    c.commit();
                    long t1 = System.nanoTime();
                    select.setString(1, PROJECT.value());
                    select.setString(2, "bench");
                    select.setString(3, "item-" + random.nextInt(items));
                    try (java.sql.ResultSet rs = select.executeQuery()) {
                        rs.next();
                    }
                    commit.recordValue(t1 - t0);
                    lookup.recordValue(System.nanoTime() - t1);
                }
            }
            c.setAutoCommit(true);
        }
        return new Baseline(ms(commit, 50), ms(commit, 95), ms(lookup, 50), ms(lookup, 95));
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

    /** The latencies of all annotators' takes and submits, and the wall time they took. */
    private record Measured(Histogram take, Histogram submit, double seconds) {
    }

    private static Measured measure(QueueStore queues, int annotators, int labels, long thinkMs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(annotators);
        List<Future<Histogram[]>> futures = new ArrayList<>();
        long started = System.nanoTime();
        for (int a = 0; a < annotators; a++) {
            String annotator = "annotator-" + a;
            Pacing pacing = new Pacing(thinkMs, a);
            futures.add(pool.submit(() -> work(queues, annotator, labels, pacing)));
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
        return new Measured(take, submit, seconds);
    }

    private static Histogram[] work(QueueStore queues, String annotator, int labels, Pacing pacing)
            throws InterruptedException {
        Histogram take = new Histogram(60_000_000_000L, 3);
        Histogram submit = new Histogram(60_000_000_000L, 3);
        Answer answer = new Answer("A", List.of(), false, Map.of());
        Thread.sleep(pacing.start());
        for (int i = 0; i < labels; i++) {
            long t0 = System.nanoTime();
            Optional<Lease> lease = queues.take(PROJECT, "bench", annotator, false, Instant.now());
            take.recordValue(System.nanoTime() - t0);
            if (lease.isEmpty()) {
                break;
            }
            Thread.sleep(pacing.next());
            long t1 = System.nanoTime();
            queues.submit(PROJECT, lease.get().id(), annotator, answer, Instant.now());
            submit.recordValue(System.nanoTime() - t1);
            Thread.sleep(pacing.next());
        }
        return new Histogram[] {take, submit};
    }

    private static double ms(Histogram histogram, double percentile) {
        return Math.round(histogram.getValueAtPercentile(percentile) / 10_000.0) / 100.0;
    }

    /** {@code java -cp ... dev.plumbline.cli.AnnotateBenchmark [items] [annotators] [labels per annotator] [think ms]}. */
    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int annotators = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int labels = args.length > 2 ? Integer.parseInt(args[2]) : 250;
        long thinkMs = args.length > 3 ? Long.parseLong(args[3]) : 0;
        System.out.print(run(items, annotators, labels, thinkMs).text());
    }
}
