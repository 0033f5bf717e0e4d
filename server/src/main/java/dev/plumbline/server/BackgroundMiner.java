package dev.plumbline.server;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.ProjectId;
import dev.plumbline.pairs.DatasetReport;
import dev.plumbline.pairs.MiningConfig;
import dev.plumbline.store.RecordStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every project's mined dataset current while the server runs: every {@code every} (and once
 * at start, and on {@link #requestNow()}) it asks the store which projects changed since their last
 * mining (record count or latest record time differ) and re-mines those, streamed, in bounded memory.
 * Records that arrive during a mining are picked up by the next pass. Mining runs on one thread of
 * its own, so ingest is never blocked; {@link #summary} is safe from any thread.
 */
public final class BackgroundMiner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundMiner.class);

    private final RecordStore records;
    private final MiningConfig config;
    private final Duration every;
    private final Clock clock;
    private final Map<ProjectId, MiningSummary> summaries = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread worker = new Thread(task, "plumbline-miner");
        worker.setDaemon(true);
        return worker;
    });

    public BackgroundMiner(RecordStore records, MiningConfig config, Duration every, Clock clock) {
        this.records = requireNonNull(records, "records is null");
        this.config = requireNonNull(config, "config is null");
        this.every = requireNonNull(every, "every is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** Starts the schedule; a zero interval mines only when asked ({@link #requestNow()}). */
    public BackgroundMiner start() {
        if (!every.isZero()) {
            thread.scheduleWithFixedDelay(this::pass, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /** Asks for a pass as soon as the miner is free; returns at once. */
    public void requestNow() {
        thread.execute(this::pass);
    }

    public Duration every() {
        return every;
    }

    /** Whether a pass is mining right now. */
    public boolean mining() {
        return running.get();
    }

    public Optional<MiningSummary> summary(ProjectId project) {
        return Optional.ofNullable(summaries.get(project));
    }

    /** One pass: every project whose records changed since its last mining is mined again. */
    void pass() {
        running.set(true);
        try {
            for (ProjectId project : records.projects()) {
                mineIfChanged(project);
            }
        } catch (RuntimeException e) {
            LOG.warn("background mining could not list the projects: {}", e.getMessage());
        } finally {
            running.set(false);
        }
    }

    private void mineIfChanged(ProjectId project) {
        MiningSummary previous = summaries.get(project);
        long started = System.nanoTime();
        try {
            // inside the try: a store failure for this project must not stop the pass for the others
            long count = records.count(project);
            Optional<Instant> latest = records.latest(project);
            if (previous != null && previous.covers(count, latest)) {
                return;
            }
            DatasetReport report = StoreMiner.mine(records, project, config, signal -> { }, pair -> { });
            summaries.put(project, new MiningSummary(clock.instant(), count, latest, (System.nanoTime() - started) / 1e9,
                    Optional.of(report), Optional.empty()));
        } catch (RuntimeException e) {
            LOG.warn("background mining of project {} failed: {}", project.value(), e.toString());
            MiningSummary failed = previous != null ? previous.failed(clock.instant(), e.toString())
                    : new MiningSummary(clock.instant(), 0, Optional.empty(), 0, Optional.empty(), Optional.of(e.toString()));
            summaries.put(project, failed);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
