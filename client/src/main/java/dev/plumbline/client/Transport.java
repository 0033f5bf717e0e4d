package dev.plumbline.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * Posts one NDJSON body to {@code /v1/ingest?policy=skip} with the JDK's HTTP client. The skip
 * policy makes the server commit the valid records of a batch and list the invalid ones, so one
 * bad record never costs the others. Thread-confined (the sender's).
 */
final class Transport {
    /** A status, the {@code Retry-After} header if any, and the body. */
    record Reply(int status, Optional<String> retryAfter, String body) {
    }

    private final HttpClient http;
    private final URI ingest;
    private final Optional<String> apiKey;
    private final Duration timeout;
    private final boolean gzip;

    Transport(URI endpoint, Optional<String> apiKey, Duration timeout, boolean gzip) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
        this.ingest = ingestUri(endpoint);
        this.apiKey = apiKey;
        this.timeout = timeout;
        this.gzip = gzip;
    }

    static URI ingestUri(URI endpoint) {
        String base = endpoint.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + "v1/ingest?policy=skip");
    }

    Reply post(byte[] ndjson) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(ingest)
                .timeout(timeout)
                .header("Content-Type", "application/x-ndjson")
                .header("User-Agent", "plumbline-java-client/" + PlumblineClient.VERSION);
        apiKey.ifPresent(key -> request.header("Authorization", "Bearer " + key));
        byte[] body = ndjson;
        if (gzip) {
            body = gzip(ndjson);
            request.header("Content-Encoding", "gzip");
        }
        HttpResponse<String> response = http.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().firstValue("Retry-After"), response.body());
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory failed", e);
        }
        return out.toByteArray();
    }
}
