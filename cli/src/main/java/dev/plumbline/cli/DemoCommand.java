package dev.plumbline.cli;

import dev.plumbline.model.Record;
import dev.plumbline.server.PlumblineServer;
import dev.plumbline.server.ServerConfig;
import dev.plumbline.store.DuckDbStore;
import dev.plumbline.store.Store;
import dev.plumbline.store.StoreStats;
import dev.plumbline.wire.V1Encoder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code plumbline demo}: the whole loop on seeded traffic, in a fresh embedded store: starts the
 * real server on a free port, sends the traffic over HTTP in batches (the production path), and
 * reports what arrived.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Run the loop end to end on simulated traffic.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--out", defaultValue = "plumbline-demo", description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--sessions", defaultValue = "2000", description = "Sessions to simulate (default: ${DEFAULT-VALUE}).")
    int sessions;

    @Option(names = "--seed", defaultValue = "7", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        Path data = out.resolve("data");
        deleteRecursively(data);
        List<Record> records = new SampleTraffic(seed).sessions(sessions);
        System.out.printf("[1/3] simulated %,d records in %,d sessions (seed %d)%n", records.size(), sessions, seed);
        try (Store store = DuckDbStore.open(data);
                PlumblineServer server = PlumblineServer.start(ServerConfig.defaults().withPort(0), store)) {
            int batches = send(records, server.port());
            System.out.printf("[2/3] sent them to the server on port %d in %d HTTP batches%n", server.port(), batches);
            StoreStats stats = store.records().stats(dev.plumbline.model.ProjectId.DEFAULT);
            System.out.println("[3/3] the store now holds:");
            System.out.println(StatsCommand.toText(stats));
        }
        System.out.println("\nData: " + data.toAbsolutePath() + "   (inspect with: ./plumbline stats --data " + data + ")");
        return ExitCodes.OK;
    }

    private static int send(List<Record> records, int port) throws Exception {
        V1Encoder encoder = new V1Encoder();
        HttpClient client = HttpClient.newHttpClient();
        int batches = 0;
        for (int from = 0; from < records.size(); from += 1000) {
            StringBuilder body = new StringBuilder();
            for (Record record : records.subList(from, Math.min(records.size(), from + 1000))) {
                body.append(encoder.toJson(record)).append('\n');
            }
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/ingest"))
                    .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw dev.plumbline.model.PlumblineException.internal("the server refused a demo batch: " + response.body(), null);
            }
            batches++;
        }
        return batches;
    }

    static void deleteRecursively(Path path) throws java.io.IOException {
        if (!java.nio.file.Files.exists(path)) {
            return;
        }
        try (var walk = java.nio.file.Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(p);
            }
        }
    }
}
