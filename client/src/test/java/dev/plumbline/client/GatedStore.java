package dev.plumbline.client;

import dev.plumbline.model.Kind;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Record;
import dev.plumbline.store.AppendResult;
import dev.plumbline.store.KeyStore;
import dev.plumbline.store.RecordStore;
import dev.plumbline.store.Store;
import dev.plumbline.store.StoreStats;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * A real store whose first append waits for {@link #open()}: it holds the server's ingest writer,
 * so that the server's queue stays full for as long as a test needs.
 */
final class GatedStore implements Store, RecordStore {
    final CountDownLatch firstAppendEntered = new CountDownLatch(1);
    private final CountDownLatch gate = new CountDownLatch(1);
    private final Store delegate;

    GatedStore(Store delegate) {
        this.delegate = delegate;
    }

    void open() {
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
