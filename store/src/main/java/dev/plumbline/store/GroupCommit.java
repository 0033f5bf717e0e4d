package dev.plumbline.store;

import dev.plumbline.model.PlumblineException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One thread that runs the units of work callers hand it, as many as are waiting in one transaction,
 * so that they share one durable commit instead of queueing for one commit each. A caller returns
 * only after the transaction holding its work committed. When a shared transaction fails, every
 * unit in it is run again in a transaction of its own, so one caller's error is not another's.
 */
final class GroupCommit implements AutoCloseable {
    /**
     * One unit of work. It may run more than once (after its batch was rolled back), so it must not act
     * outside the transaction; it may refuse with a {@link PlumblineException} only before it changed anything.
     */
    interface Unit<T> {
        T run(Connection connection) throws SQLException;
    }

    /** A unit's result when it refused; its caller gets the exception and the others commit. */
    record Refused(PlumblineException error) {
    }

    /** Runs the units in one transaction and returns their results (or Refused) in order, or throws having committed nothing. */
    interface Transaction {
        List<Object> run(List<Unit<?>> units);
    }

    private static final int MAX_BATCH = 256;

    private static final class Waiting {
        final Unit<?> unit;
        final CompletableFuture<Object> done = new CompletableFuture<>();

        Waiting(Unit<?> unit) {
            this.unit = unit;
        }
    }

    private final BlockingQueue<Waiting> waiting = new LinkedBlockingQueue<>();
    private final Transaction transaction;
    private final Thread thread;
    private final Object gate = new Object();
    private boolean closed;

    GroupCommit(String name, Transaction transaction) {
        this.transaction = transaction;
        this.thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs the unit on the commit thread and returns its result once it is committed. */
    @SuppressWarnings("unchecked")
    <T> T run(Unit<T> unit) {
        Waiting entry = new Waiting(unit);
        synchronized (gate) {
            if (closed) {
                throw PlumblineException.unavailable("the store is closed", null);
            }
            waiting.add(entry);
        }
        try {
            return (T) entry.done.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw PlumblineException.internal("the commit thread failed", e.getCause());
        }
    }

    private void loop() {
        while (true) {
            Waiting first;
            try {
                first = waiting.poll(50, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (first == null) {
                synchronized (gate) {
                    if (closed && waiting.isEmpty()) {
                        return;
                    }
                }
                continue;
            }
            List<Waiting> batch = new ArrayList<>();
            batch.add(first);
            waiting.drainTo(batch, MAX_BATCH - 1);
            execute(batch);
        }
    }

    private void execute(List<Waiting> batch) {
        List<Unit<?>> units = new ArrayList<>(batch.size());
        batch.forEach(w -> units.add(w.unit));
        try {
            List<Object> results = transaction.run(units);
            for (int i = 0; i < batch.size(); i++) {
                if (results.get(i) instanceof Refused refused) {
                    batch.get(i).done.completeExceptionally(refused.error());
                } else {
                    batch.get(i).done.complete(results.get(i));
                }
            }
        } catch (RuntimeException | Error e) {
            if (batch.size() == 1) {
                batch.get(0).done.completeExceptionally(e);
                return;
            }
            // someone's unit failed and took the batch with it: give each its own transaction
            for (Waiting one : batch) {
                execute(List.of(one));
            }
        }
    }

    /** How many units wait for the commit thread (not counting those it is running). */
    int waiting() {
        return waiting.size();
    }

    /** Finishes the work already handed in, then stops the thread. */
    @Override
    public void close() {
        synchronized (gate) {
            closed = true;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
