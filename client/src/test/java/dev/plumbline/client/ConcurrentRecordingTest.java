package dev.plumbline.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many request threads recording at once: nothing lost, nothing doubled, the bound held. */
class ConcurrentRecordingTest {
    private static final int THREADS = 4;
    private static final int PER_THREAD = 1_000;

    @TempDir
    Path data;

    private static List<Thread> recorders(PlumblineClient client, Set<String> accepted, CountDownLatch start) {
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String prefix = "t" + t;
            threads.add(new Thread(() -> {
                List<InteractionEvent> events = SampleEvents.interactions(prefix, PER_THREAD);
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (InteractionEvent event : events) {
                    if (client.record(event)) {
                        accepted.add(event.id());
                    }
                }
            }));
        }
        return threads;
    }

    private static Set<String> recordConcurrently(PlumblineClient client) throws InterruptedException {
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = recorders(client, accepted, start);
        threads.forEach(Thread::start);
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        return accepted;
    }

    @Test
    void everyEventAcceptedFromManyThreadsIsStoredExactlyOnce() throws Exception {
        try (RunningServer server = RunningServer.start(data)) {
            Set<String> accepted;
            try (PlumblineClient client = PlumblineClient.builder(server.url()).batchSize(500)
                    .flushInterval(Duration.ofMillis(50)).maxBufferedRecords(THREADS * PER_THREAD).build()) {
                accepted = recordConcurrently(client);
                assertThat(client.flush(PlumblineClientTest.WAIT)).isTrue();
                ClientStats stats = client.stats();
                assertThat(stats.offered()).isEqualTo(THREADS * PER_THREAD);
                assertThat(stats.acknowledged()).isEqualTo(THREADS * PER_THREAD);
                assertThat(stats.duplicates()).isZero();
            }
            assertThat(accepted).hasSize(THREADS * PER_THREAD);
            List<String> stored = server.storedIds();
            assertThat(stored).hasSize(THREADS * PER_THREAD);
            assertThat(Set.copyOf(stored)).isEqualTo(accepted);
        }
    }

    @Test
    void withASmallBufferWhatWasAcceptedIsStoredAndTheRestIsCountedAsDropped() throws Exception {
        try (RunningServer server = RunningServer.start(data)) {
            Set<String> accepted;
            ClientStats stats;
            try (PlumblineClient client = PlumblineClient.builder(server.url()).batchSize(100)
                    .maxBufferedRecords(300).build()) {
                accepted = recordConcurrently(client);
                assertThat(client.flush(PlumblineClientTest.WAIT)).isTrue();
                stats = client.stats();
            }
            assertThat(stats.acknowledged()).isEqualTo(accepted.size());
            assertThat(stats.droppedBufferFull()).isEqualTo(THREADS * PER_THREAD - accepted.size());
            PlumblineClientTest.assertEveryEventIsAccountedFor(stats);
            List<String> stored = server.storedIds();
            assertThat(stored).hasSize(accepted.size());
            assertThat(Set.copyOf(stored)).isEqualTo(accepted);
        }
    }
}
