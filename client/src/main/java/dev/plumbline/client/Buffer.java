package dev.plumbline.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bounded hand-over between the app's threads and the sender. {@link #offer} is lock-free and
 * O(1): it reserves one of {@code capacity} slots or refuses. A slot stays taken until the record
 * is settled (acknowledged, rejected or dropped), so records being sent or retried count against
 * the bound too and memory never exceeds {@code capacity} records. The queue is FIFO and has one
 * consumer, so records settle in admission order, which is what lets {@link #awaitSettled} wait
 * on a count. Thread-safe.
 */
final class Buffer {
    private final int capacity;
    private final ConcurrentLinkedQueue<Event> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger held = new AtomicInteger();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicLong admitted = new AtomicLong();
    private final AtomicLong settled = new AtomicLong();
    private final Object settledSignal = new Object();

    Buffer(int capacity) {
        this.capacity = capacity;
    }

    /** Admits the event, or returns -1 when all slots are taken; else the number now queued. */
    int offer(Event event) {
        if (held.incrementAndGet() > capacity) {
            held.decrementAndGet();
            return -1;
        }
        admitted.incrementAndGet();
        queue.add(event);
        return queued.incrementAndGet();
    }

    /** Takes an event back that was offered concurrently with shutdown; true if it was still queued. */
    boolean withdraw(Event event) {
        if (queue.remove(event)) {
            queued.decrementAndGet();
            settle(1);
            return true;
        }
        return false;
    }

    /** Up to {@code max} events in admission order; they stay held until {@link #settle}. */
    List<Event> take(int max) {
        List<Event> batch = new ArrayList<>(Math.min(max, Math.max(queued.get(), 1)));
        Event event;
        while (batch.size() < max && (event = queue.poll()) != null) {
            batch.add(event);
        }
        queued.addAndGet(-batch.size());
        return batch;
    }

    void settle(int count) {
        held.addAndGet(-count);
        settled.addAndGet(count);
        synchronized (settledSignal) {
            settledSignal.notifyAll();
        }
    }

    int queued() {
        return queued.get();
    }

    /** Records admitted and not yet settled: queued, being sent, or waiting to be retried. */
    int held() {
        return held.get();
    }

    long admitted() {
        return admitted.get();
    }

    long settled() {
        return settled.get();
    }

    /** Waits until at least {@code target} records have settled; false if the deadline came first. */
    boolean awaitSettled(long target, long deadlineNanos) throws InterruptedException {
        synchronized (settledSignal) {
            long left;
            while (settled.get() < target && (left = deadlineNanos - System.nanoTime()) > 0) {
                TimeUnit.NANOSECONDS.timedWait(settledSignal, left);
            }
        }
        return settled.get() >= target;
    }
}
