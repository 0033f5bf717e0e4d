package dev.plumbline.server;

import static dev.plumbline.server.ServerFixture.interaction;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.ProjectId;
import dev.plumbline.store.DuckDbStore;
import dev.plumbline.store.GatedStore;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverloadTest {
    @TempDir
    Path dir;

    @Test
    void aFullIngestQueueAnswers429WithRetryAfterAndTheQueuedBatchStillCommits() throws Exception {
        GatedStore store = new GatedStore(DuckDbStore.open(dir));
        try (ServerFixture fixture = new ServerFixture(store, ServerConfig.defaults().withLimits(1 << 20, 1, 1))) {
            CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> {
                try {
                    return fixture.ndjson(interaction("i-1"));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(store.firstAppendEntered.await(10, TimeUnit.SECONDS)).isTrue();
            HttpResponse<String> refused = fixture.ndjson(interaction("i-2"));
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).contains("1");
            store.open();
            assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(store.count(ProjectId.DEFAULT)).isEqualTo(1);
            assertThat(fixture.get("/metrics").body()).contains("plumbline_overloaded_requests_total 1.0");
        }
    }
}
