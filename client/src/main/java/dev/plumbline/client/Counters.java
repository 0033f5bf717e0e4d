package dev.plumbline.client;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * The client's counters. The app's threads touch only the {@link LongAdder}s (no contention on the
 * hot path); the rest are written by the sender alone. Thread-safe.
 */
final class Counters {
    final LongAdder offered = new LongAdder();
    final LongAdder droppedBufferFull = new LongAdder();
    final LongAdder droppedClosed = new LongAdder();
    final AtomicLong sent = new AtomicLong();
    final AtomicLong acknowledged = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    final AtomicLong rejected = new AtomicLong();
    final AtomicLong droppedRetriesExhausted = new AtomicLong();
    final AtomicLong retries = new AtomicLong();
    private final AtomicReference<String> lastProblem = new AtomicReference<>();

    void problem(String description) {
        lastProblem.set(description);
    }

    Optional<String> lastProblem() {
        return Optional.ofNullable(lastProblem.get());
    }

    ClientStats snapshot(long pending) {
        return new ClientStats(offered.sum(), sent.get(), acknowledged.get(), duplicates.get(), rejected.get(),
                droppedBufferFull.sum(), droppedRetriesExhausted.get(), droppedClosed.sum(), retries.get(), pending,
                Optional.ofNullable(lastProblem.get()));
    }
}
