package dev.plumbline.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.store.GatedStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server with a tiny ingest queue, held full by a first request whose commit waits: the
 * client's batch gets the server's own 429 with Retry-After, and is stored once the queue drains.
 */
class OverloadTest {
    @TempDir
    Path data;

    /** Waits for a condition the test caused; the bound only turns a hang into a failure. */
    private static void awaitCondition(BooleanSupplier condition) {
        long deadline = System.nanoTime() + PlumblineClientTest.WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not reached").isLessThan(deadline);
            LockSupport.parkNanos(1_000_000);
        }
    }

    @Test
    void aBatchRefusedWith429ByTheOverloadedRealServerIsRetriedAndStoredWithoutLossOrDuplicates() throws Exception {
        GatedStore[] gated = new GatedStore[1];
        try (RunningServer server = RunningServer.start(data, config -> config.withLimits(1 << 20, 100, 100),
                store -> gated[0] = new GatedStore(store))) {
            PlumblineClient holder = PlumblineClientTest.client(server.url()).batchSize(1).build();
            holder.record(SampleEvents.interaction("holder"));
            gated[0].firstAppendEntered.await();

            PlumblineClient client = PlumblineClientTest.client(server.url()).batchSize(100).build();
            List<String> ids = new ArrayList<>();
            SampleEvents.interactions("i", 100).forEach(event -> {
                client.record(event);
                ids.add(event.id());
            });
            awaitCondition(() -> client.stats().retries() >= 1);
            assertThat(client.stats().lastProblem()).hasValueSatisfying(p -> assertThat(p).startsWith("HTTP 429"));
            assertThat(client.stats().acknowledged()).isZero();

            gated[0].open();
            assertThat(client.flush(PlumblineClientTest.WAIT)).isTrue();
            assertThat(holder.flush(PlumblineClientTest.WAIT)).isTrue();
            ClientStats stats = client.stats();
            assertThat(stats.acknowledged()).isEqualTo(100);
            assertThat(stats.duplicates()).isZero();
            assertThat(stats.dropped()).isZero();
            client.close();
            holder.close();
            ids.add("holder");
            assertThat(server.storedIds()).containsExactlyInAnyOrderElementsOf(ids);
        }
    }
}
