package dev.plumbline.store;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Record;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@link RecordStore#scanBySession} as an iterator, for readers that pull (a session stream): a
 * thread of its own runs the scan into a small bounded queue, so memory holds a few thousand records
 * whatever the store holds. A failed scan rethrows on the reading thread. Close it, also when stopping
 * early: that ends the scan and its thread. One reader; not thread-safe.
 */
public final class SessionScan implements Iterator<Record>, AutoCloseable {
    private static final int CAPACITY = 4096;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Thread producer;
    private volatile boolean closed;
    private Object next;

    private SessionScan(RecordStore store, ProjectId project) {
        producer = new Thread(() -> produce(store, project), "plumbline-session-scan-" + project.value());
        producer.setDaemon(true);
    }

    public static SessionScan open(RecordStore store, ProjectId project) {
        SessionScan scan = new SessionScan(requireNonNull(store, "store is null"), requireNonNull(project, "project is null"));
        scan.producer.start();
        return scan;
    }

    private void produce(RecordStore store, ProjectId project) {
        Object last = END;
        try {
            store.scanBySession(project, this::put);
        } catch (Stopped stopped) {
            return;
        } catch (RuntimeException e) {
            last = e;
        }
        try {
            put(last);
        } catch (Stopped ignored) {
            // the reader left; nobody waits for the end
        }
    }

    /** Hands one item over, waiting while the queue is full; gives up once the reader closed. */
    private void put(Object item) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw PlumblineException.unavailable("interrupted while reading the store", e);
            }
        }
        if (next instanceof RuntimeException) {
            RuntimeException failure = (RuntimeException) next;
            next = END;
            throw failure;
        }
        return next != END;
    }

    @Override
    public Record next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the scan is complete");
        }
        Record record = (Record) next;
        next = null;
        return record;
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
        try {
            producer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Thrown inside the scan's consumer to end a scan nobody reads any more. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }
}
