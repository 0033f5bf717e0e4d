package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.Kind;
import dev.plumbline.model.ProjectId;
import dev.plumbline.store.DuckDbStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 2xx means committed: records the server acknowledged survive SIGKILL of the server process. */
class CrashDurabilityTest {
    @TempDir
    Path data;

    @Test
    void everyAcknowledgedRecordSurvivesKillDashNineOfTheServer() throws Exception {
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port", "0",
                "--data", data.toString()).redirectErrorStream(true).start();
        int port = awaitReady(server);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Thread sender = new Thread(() -> sendUntilFailure(port, acknowledged));
        sender.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.size() < 3000 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        sender.join(30_000);
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(3000);

        Set<String> stored = new HashSet<>();
        try (DuckDbStore store = DuckDbStore.open(data)) {
            store.records().scan(ProjectId.DEFAULT, Set.of(Kind.INTERACTION), r -> stored.add(r.id()));
        }
        assertThat(stored).containsAll(acknowledged);
    }

    private static int awaitReady(Process server) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("READY port=")) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(line.substring("READY port=".length()).trim());
            }
        }
        throw new IllegalStateException("the server exited before it was ready");
    }

    private static void sendUntilFailure(int port, Set<String> acknowledged) {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create("http://127.0.0.1:" + port + "/v1/ingest");
        for (int batch = 0; ; batch++) {
            StringBuilder body = new StringBuilder();
            List<String> ids = new java.util.ArrayList<>();
            for (int i = 0; i < 100; i++) {
                String id = "i-" + batch + "-" + i;
                ids.add(id);
                body.append("{\"kind\":\"interaction\",\"id\":\"").append(id).append("\",\"ts\":\"2026-11-01T10:00:00Z\",")
                        .append("\"model\":\"m\",\"prompt\":\"hi\",\"completion\":\"hello\"}\n");
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-ndjson")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    acknowledged.addAll(ids);
                }
            } catch (Exception e) {
                return;
            }
        }
    }
}
