package dev.plumbline.simulate;

import dev.plumbline.model.PlumblineException;
import dev.plumbline.model.Record;
import dev.plumbline.wire.V1Encoder;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Encodes records as v1 JSONL lines on a second thread while the simulator generates the next ones,
 * so generation and encoding overlap. One consumer thread keeps the order; a bounded queue of
 * batches keeps memory flat. Accept records from one thread only; {@link #close} waits for the
 * last line and rethrows any write failure.
 */
final class PipelinedLines implements Consumer<Record>, AutoCloseable {
    private static final int BATCH = 256;
    private static final List<Record> END = List.of();

    private final BlockingQueue<List<Record>> queue = new ArrayBlockingQueue<>(4);
    private final Writer out;
    private final V1Encoder encoder = new V1Encoder();
    private final Thread thread;
    private volatile Exception failure;
    private List<Record> batch = new ArrayList<>(BATCH);

    PipelinedLines(Writer out) {
        this.out = out;
        this.thread = new Thread(this::drain, "simulation-encoder");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void accept(Record record) {
        batch.add(record);
        if (batch.size() == BATCH) {
            hand(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    @Override
    public void close() {
        hand(batch);
        hand(END);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PlumblineException.internal("interrupted while writing the simulation", e);
        }
        if (failure != null) {
            throw PlumblineException.unavailable("cannot write the simulation: " + failure.getMessage(), failure);
        }
    }

    private void hand(List<Record> records) {
        try {
            // a failed encoder stops taking batches: check it rather than block forever
            while (!queue.offer(records, 100, TimeUnit.MILLISECONDS)) {
                if (failure != null || !thread.isAlive()) {
                    throw PlumblineException.unavailable("cannot write the simulation: "
                            + (failure == null ? "the encoder stopped" : failure.getMessage()), failure);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PlumblineException.internal("interrupted while writing the simulation", e);
        }
    }

    private void drain() {
        try {
            for (List<Record> records = queue.take(); records != END; records = queue.take()) {
                for (Record record : records) {
                    out.write(encoder.toJson(record));
                    out.write('\n');
                }
            }
            out.flush();
        } catch (IOException | RuntimeException e) {
            failure = e;
        } catch (InterruptedException e) {
            failure = e;
            Thread.currentThread().interrupt();
        }
    }
}
