package dev.plumbline.server;

import static dev.plumbline.server.ServerFixture.interaction;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.Kind;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Record;
import dev.plumbline.store.AppendResult;
import dev.plumbline.store.DuckDbStore;
import dev.plumbline.store.KeyStore;
import dev.plumbline.store.RecordStore;
import dev.plumbline.store.Store;
import dev.plumbline.store.StoreStats;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverloadTest {
    @TempDir
    Path dir;

    /** A real DuckDB store whose appends wait at a gate, so the ingest queue can be filled on purpose. */
    static final class GatedStore implements Store, RecordStore {
        final DuckDbStore delegate;
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch gate = new CountDownLatch(1);

        GatedStore(Path dir) {
            delegate = DuckDbStore.open(dir);
        }

        @Override
        public AppendResult append(ProjectId project, List<? extends Record> records) {
            entered.countDown();
            try {
                gate.await(30, TimeUnit.SECONDS);
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
            delegate.close();
        }
    }

    @Test
    void aFullIngestQueueAnswers429WithRetryAfterAndTheQueuedBatchStillCommits() throws Exception {
        GatedStore store = new GatedStore(dir);
        try (ServerFixture fixture = new ServerFixture(store, ServerConfig.defaults().withLimits(1 << 20, 1, 1))) {
            CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> {
                try {
                    return fixture.ndjson(interaction("i-1"));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(store.entered.await(10, TimeUnit.SECONDS)).isTrue();
            HttpResponse<String> refused = fixture.ndjson(interaction("i-2"));
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).contains("1");
            store.gate.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(store.count(ProjectId.DEFAULT)).isEqualTo(1);
            assertThat(fixture.get("/metrics").body()).contains("plumbline_overloaded_requests_total 1.0");
        }
    }
}
