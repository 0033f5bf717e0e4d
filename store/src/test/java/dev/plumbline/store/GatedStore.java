package dev.plumbline.store;

import dev.plumbline.model.Kind;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Record;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * A test store: a real store whose first append waits for {@link #open()}: it holds the server's ingest writer,
 * so that the server's queue stays full for as long as a test needs.
 */
public final class GatedStore implements Store, RecordStore {
    public final CountDownLatch firstAppendEntered = new CountDownLatch(1);
    private final CountDownLatch gate = new CountDownLatch(1);
    private final Store delegate;

    public GatedStore(Store delegate) {
        this.delegate = delegate;
    }

    public void open() {
        gate.countDown();
    }

    @Override
    public AppendResult append(ProjectId project, List<? extends Record> records) {
        firstAppendEntered.countDown();
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return delegate.records().append(project, records);
    }

    @Override
    public void scan(ProjectId project, Set<Kind> kinds, Consumer<Record> consumer) {
        delegate.records().scan(project, kinds, consumer);
    }

    @Override
    public void scanBySession(ProjectId project, Consumer<Record> consumer) {
        delegate.records().scanBySession(project, consumer);
    }

    @Override
    public long count(ProjectId project) {
        return delegate.records().count(project);
    }

    @Override
    public java.util.Optional<java.time.Instant> latest(ProjectId project) {
        return delegate.records().latest(project);
    }

    @Override
    public List<ProjectId> projects() {
        return delegate.records().projects();
    }

    @Override
    public StoreStats stats(ProjectId project) {
        return delegate.records().stats(project);
    }

    @Override
    public RecordStore records() {
        return this;
    }

    @Override
    public KeyStore keys() {
        return delegate.keys();
    }

    @Override
    public String location() {
        return delegate.location();
    }

    @Override
    public void close() {
        open();
        delegate.close();
    }
}
