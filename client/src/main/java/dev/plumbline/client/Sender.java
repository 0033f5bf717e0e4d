package dev.plumbline.client;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The client's one background thread: takes batches from the {@link Buffer} (when a batch is
 * full, the flush interval has passed, or a flush is waiting), posts them, and settles every
 * record exactly once. 2xx settles by the server's answer; 429, 408, 5xx and connection failures
 * are retried with {@link Backoff} (a batch is resent with the same ids, so a retry after a lost
 * answer is a duplicate, not a second row); 413 splits the batch in halves; any other 4xx rejects
 * it without retry. One batch is in flight at a time, so records settle in admission order.
 */
final class Sender {
    private static final System.Logger LOG = System.getLogger(PlumblineClient.class.getName());

    private enum Verdict { DONE, RETRY, SPLIT }

    private record Outcome(Verdict verdict, Optional<Duration> retryAfter) {
        static final Outcome DONE = new Outcome(Verdict.DONE, Optional.empty());
        static final Outcome SPLIT = new Outcome(Verdict.SPLIT, Optional.empty());
    }

    private final Buffer buffer;
    private final Counters counters;
    private final Transport transport;
    private final Backoff backoff;
    private final int batchSize;
    private final long flushIntervalNanos;
    private final int maxRetries;
    private final AtomicLong flushTarget = new AtomicLong();
    private final Thread thread = new Thread(this::run, "plumbline-client-sender");
    private volatile boolean stopping;
    private volatile boolean aborted;

    Sender(Buffer buffer, Counters counters, Transport transport, Backoff backoff, int batchSize,
            Duration flushInterval, int maxRetries) {
        this.buffer = buffer;
        this.counters = counters;
        this.transport = transport;
        this.backoff = backoff;
        this.batchSize = batchSize;
        this.flushIntervalNanos = flushInterval.toNanos();
        this.maxRetries = maxRetries;
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Non-blocking: a full batch is waiting. */
    void wake() {
        LockSupport.unpark(thread);
    }

    /** Sends at once, full batch or not, until {@code target} records have settled. */
    void requestFlush(long target) {
        flushTarget.accumulateAndGet(target, Math::max);
        wake();
    }

    /** Sends what is queued (retrying as usual), then ends. */
    void stop() {
        stopping = true;
        wake();
    }

    /** Gives up: the batch in flight and everything queued are dropped, and the thread ends. */
    void abort() {
        aborted = true;
        thread.interrupt();
    }

    boolean join(long deadlineNanos) throws InterruptedException {
        long left = deadlineNanos - System.nanoTime();
        if (left > 0) {
            thread.join(Math.max(1, left / 1_000_000));
        }
        return !thread.isAlive();
    }

    private void run() {
        try {
            while (!aborted) {
                awaitWork();
                List<Event> batch = buffer.take(batchSize);
                if (batch.isEmpty()) {
                    if (stopping) {
                        return;
                    }
                    continue;
                }
                counters.sent.addAndGet(batch.size());
                deliver(batch);
            }
        } finally {
            dropQueued();
        }
    }

    private void awaitWork() {
        long deadline = System.nanoTime() + flushIntervalNanos;
        while (!aborted && !stopping && buffer.queued() < batchSize && flushTarget.get() <= buffer.settled()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            LockSupport.parkNanos(this, left);
        }
    }

    private void deliver(List<Event> batch) {
        byte[] body;
        try {
            body = EventJson.ndjson(batch);
        } catch (RuntimeException e) {
            reject(batch, "could not encode the batch: " + e);
            return;
        }
        for (int retry = 0; ; retry++) {
            Outcome outcome = attempt(batch, body);
            if (outcome.verdict() == Verdict.DONE) {
                return;
            }
            if (outcome.verdict() == Verdict.SPLIT) {
                int half = batch.size() / 2;
                deliver(List.copyOf(batch.subList(0, half)));
                deliver(List.copyOf(batch.subList(half, batch.size())));
                return;
            }
            if (retry >= maxRetries) {
                giveUp(batch);
                return;
            }
            counters.retries.incrementAndGet();
            if (!pause(backoff.delay(retry, outcome.retryAfter()))) {
                dropClosed(batch);
                return;
            }
        }
    }

    private Outcome attempt(List<Event> batch, byte[] body) {
        if (aborted) {
            dropClosed(batch);
            return Outcome.DONE;
        }
        try {
            return answer(batch, transport.post(body));
        } catch (IOException e) {
            counters.problem("cannot reach the server: " + e);
            LOG.log(Level.DEBUG, "cannot reach the Plumbline server, will retry: {0}", e.toString());
            return new Outcome(Verdict.RETRY, Optional.empty());
        } catch (InterruptedException e) {
            if (!aborted) {
                return new Outcome(Verdict.RETRY, Optional.empty());
            }
            dropClosed(batch);
            return Outcome.DONE;
        } catch (RuntimeException e) {
            reject(batch, "the request could not be made: " + e);
            return Outcome.DONE;
        }
    }

    private Outcome answer(List<Event> batch, Transport.Reply reply) {
        int status = reply.status();
        if (status >= 200 && status < 300) {
            acknowledge(batch, reply.body());
            return Outcome.DONE;
        }
        if (status == 413 && batch.size() > 1) {
            return Outcome.SPLIT;
        }
        if (status == 429 || status == 408 || status >= 500) {
            counters.problem("HTTP " + status + ": " + IngestAnswer.errorMessage(reply.body()));
            return new Outcome(Verdict.RETRY, RetryAfter.parse(reply.retryAfter(), java.time.Instant.now()));
        }
        reject(batch, "HTTP " + status + ": " + IngestAnswer.errorMessage(reply.body()));
        return Outcome.DONE;
    }

    private void acknowledge(List<Event> batch, String body) {
        try {
            IngestAnswer answer = IngestAnswer.parse(body, batch);
            int acknowledged = Math.min(answer.acknowledged(), batch.size());
            counters.acknowledged.addAndGet(acknowledged);
            counters.duplicates.addAndGet(Math.min(answer.duplicates(), acknowledged));
            int rejected = batch.size() - acknowledged;
            if (rejected > 0) {
                counters.rejected.addAndGet(rejected);
                String reason = answer.firstProblem().orElse("no reason given");
                counters.problem("rejected by the server: " + reason);
                LOG.log(Level.WARNING, "Plumbline rejected {0} of {1} records; first: {2}", rejected, batch.size(),
                        reason);
            }
        } catch (IllegalArgumentException e) {
            // A 2xx means committed; an answer we cannot read does not change that.
            counters.acknowledged.addAndGet(batch.size());
            LOG.log(Level.WARNING, "unreadable answer from the Plumbline server, counted as acknowledged: {0}",
                    e.getMessage());
        }
        buffer.settle(batch.size());
    }

    private void reject(List<Event> batch, String reason) {
        counters.rejected.addAndGet(batch.size());
        counters.problem(reason);
        LOG.log(Level.WARNING, "Plumbline refused {0} records, not retrying: {1}", batch.size(), reason);
        buffer.settle(batch.size());
    }

    private void giveUp(List<Event> batch) {
        counters.droppedRetriesExhausted.addAndGet(batch.size());
        LOG.log(Level.WARNING, "dropped {0} records after {1} retries; last problem: {2}", batch.size(), maxRetries,
                counters.lastProblem().orElse("none"));
        buffer.settle(batch.size());
    }

    private void dropClosed(List<Event> batch) {
        counters.droppedClosed.add(batch.size());
        buffer.settle(batch.size());
    }

    private void dropQueued() {
        List<Event> rest = buffer.take(Integer.MAX_VALUE);
        if (!rest.isEmpty()) {
            dropClosed(rest);
            LOG.log(Level.WARNING, "dropped {0} unsent records at close", rest.size());
        }
    }

    /** Waits out a back-off; false if the client was aborted meanwhile. */
    private boolean pause(Duration delay) {
        long deadline = System.nanoTime() + delay.toNanos();
        while (!aborted) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            LockSupport.parkNanos(this, left);
        }
        return false;
    }
}
