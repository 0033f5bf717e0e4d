package dev.plumbline.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures the client against the real server over loopback (run with {@code -Dplumbline.bench=true};
 * numbers go to the test's output file). Asserts only that everything arrived.
 */
@EnabledIfSystemProperty(named = "plumbline.bench", matches = "true")
class ClientThroughputTest {
    private static final int RECORDS = 40_000;

    @TempDir
    Path data;

    @Test
    void measuresRecordCallCostAndEndToEndThroughput() throws Exception {
        try (RunningServer server = RunningServer.start(data)) {
            raw(server, 500);
            run(server, "plain, batch 500", 500, false);
            raw(server, 500);
            run(server, "gzip, batch 500", 500, true);
            run(server, "plain, batch 2000", 2_000, false);
        }
    }

    /** The same records posted by a bare HttpClient loop, pre-encoded: what the server alone sustains. */
    private static void raw(RunningServer server, int batchSize) throws Exception {
        List<InteractionEvent> events = SampleEvents.interactions("raw" + System.nanoTime(), RECORDS / 4);
        List<byte[]> bodies = new java.util.ArrayList<>();
        for (int i = 0; i < events.size(); i += batchSize) {
            bodies.add(EventJson.ndjson(events.subList(i, Math.min(events.size(), i + batchSize))));
        }
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.URI uri = java.net.URI.create(server.url() + "/v1/ingest");
        long start = System.nanoTime();
        for (byte[] body : bodies) {
            java.net.http.HttpResponse<String> response = http.send(java.net.http.HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/x-ndjson")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
        }
        System.out.printf("bare HttpClient loop, batch %d, pre-encoded: %.0f records/s%n", batchSize,
                events.size() / ((System.nanoTime() - start) / 1e9));
    }

    private static void run(RunningServer server, String name, int batchSize, boolean gzip) {
        List<InteractionEvent> events = SampleEvents.interactions(name.replace(' ', '_'), RECORDS);
        long[] callNanos = new long[RECORDS];
        long before = server.count();
        try (PlumblineClient client = PlumblineClient.builder(server.url()).batchSize(batchSize).gzip(gzip)
                .maxBufferedRecords(RECORDS).build()) {
            long start = System.nanoTime();
            for (int i = 0; i < RECORDS; i++) {
                long t0 = System.nanoTime();
                client.record(events.get(i));
                callNanos[i] = System.nanoTime() - t0;
            }
            long recorded = System.nanoTime();
            assertThat(client.flush(Duration.ofMinutes(10))).isTrue();
            long done = System.nanoTime();
            assertThat(client.stats().acknowledged()).isEqualTo(RECORDS);
            Arrays.sort(callNanos);
            System.out.printf("%s: %d records, body ~%d bytes/record; record() p50 %d ns, p99 %d ns, p99.9 %d ns,"
                    + " max %d us; all recorded in %d ms; end-to-end %.0f records/s (first record() to flush done)%n",
                    name, RECORDS, EventJson.line(events.get(0)).length(), callNanos[RECORDS / 2],
                    callNanos[RECORDS * 99 / 100], callNanos[RECORDS * 999 / 1000], callNanos[RECORDS - 1] / 1000,
                    (recorded - start) / 1_000_000, RECORDS / ((done - start) / 1e9));
        }
        assertThat(server.count() - before).isEqualTo(RECORDS);
    }
}
