package dev.plumbline.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.plumbline.wire.Json;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * A JDK HTTP server in front of the real Plumbline server that misbehaves by script: it answers
 * the first requests with the scripted failures, then forwards every request. It remembers the
 * record ids of every request it saw.
 */
final class FlakyFront implements AutoCloseable {
    /** One scripted answer: a status (with Retry-After if given); {@code forwardFirst} commits upstream, then fails. */
    record Step(int status, Optional<String> retryAfter, boolean forwardFirst) {
        static Step fail(int status) {
            return new Step(status, Optional.empty(), false);
        }

        static Step fail(int status, String retryAfter) {
            return new Step(status, Optional.of(retryAfter), false);
        }

        /** The server commits the batch, but its answer is lost: the client sees a 503. */
        static Step loseAnswer() {
            return new Step(503, Optional.empty(), true);
        }
    }

    final List<List<String>> requests = Collections.synchronizedList(new ArrayList<>());
    private final ConcurrentLinkedDeque<Step> script;
    private final String upstream;
    private final HttpServer http;
    private final HttpClient forwarder = HttpClient.newHttpClient();

    FlakyFront(String upstream, List<Step> script) throws IOException {
        this.upstream = upstream;
        this.script = new ConcurrentLinkedDeque<>(script);
        this.http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/", this::handle);
        http.start();
    }

    String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            requests.add(ids(body));
            Step step = script.pollFirst();
            if (step == null || step.forwardFirst()) {
                HttpResponse<byte[]> upstreamReply = forward(exchange, body);
                if (step == null) {
                    respond(exchange, upstreamReply.statusCode(), upstreamReply.body(), Optional.empty());
                    return;
                }
            }
            byte[] error = ("{\"error\":{\"code\":\"scripted\",\"message\":\"scripted " + step.status() + "\"}}")
                    .getBytes(StandardCharsets.UTF_8);
            respond(exchange, step.status(), error, step.retryAfter());
        }
    }

    private HttpResponse<byte[]> forward(HttpExchange exchange, byte[] body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(upstream + exchange.getRequestURI()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (String header : List.of("Content-Type", "Authorization", "Content-Encoding")) {
            Optional.ofNullable(exchange.getRequestHeaders().getFirst(header)).ifPresent(v -> request.header(header, v));
        }
        try {
            return forwarder.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void respond(HttpExchange exchange, int status, byte[] body, Optional<String> retryAfter)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        retryAfter.ifPresent(v -> exchange.getResponseHeaders().set("Retry-After", v));
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
    }

    private static List<String> ids(byte[] ndjson) throws IOException {
        List<String> ids = new ArrayList<>();
        for (String line : new String(ndjson, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                JsonNode node = Json.mapper().readTree(line);
                ids.add(node.get("id").asText());
            }
        }
        return ids;
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
