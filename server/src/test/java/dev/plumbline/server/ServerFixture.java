package dev.plumbline.server;

import dev.plumbline.store.DuckDbStore;
import dev.plumbline.store.Store;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A real server on a free port over a real DuckDB file, and a small HTTP client for tests. */
final class ServerFixture implements AutoCloseable {
    final Store store;
    final PlumblineServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    ServerFixture(Path dir, ServerConfig config) {
        this(DuckDbStore.open(dir), config);
    }

    ServerFixture(Store store, ServerConfig config) {
        this(store, config, FeedbackConfig.ephemeral());
    }

    ServerFixture(Store store, ServerConfig config, FeedbackConfig feedback) {
        this.store = store;
        this.server = PlumblineServer.start(config.withPort(0), store, feedback);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<String> post(String path, String contentType, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> ndjson(String body, String... headers) throws Exception {
        return post("/v1/ingest", "application/x-ndjson", body.getBytes(StandardCharsets.UTF_8), headers);
    }

    HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String interaction(String id) {
        return "{\"kind\":\"interaction\",\"id\":\"" + id + "\",\"ts\":\"2026-11-01T10:00:00Z\",\"model\":{\"name\":\"m\",\"version\":\"1\"},"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"completion\":\"hello\"}";
    }

    static String copy(String id, String interactionId) {
        return "{\"kind\":\"feedback\",\"id\":\"" + id + "\",\"interaction_id\":\"" + interactionId
                + "\",\"ts\":\"2026-11-01T10:00:05Z\",\"type\":\"copy\"}";
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
