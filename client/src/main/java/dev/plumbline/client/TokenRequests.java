package dev.plumbline.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Asks the server for browser feedback tokens ({@code POST /v1/feedback-tokens}), one blocking
 * request each, on the caller's thread. Failures come back as empty plus the recorded problem,
 * never as exceptions. Thread-safe.
 */
final class TokenRequests {
    private final URI tokens;
    private final Optional<String> apiKey;
    private final Duration timeout;
    private final Counters counters;
    private volatile HttpClient http;

    TokenRequests(URI endpoint, Optional<String> apiKey, Duration timeout, Counters counters) {
        String base = endpoint.toString();
        this.tokens = URI.create((base.endsWith("/") ? base : base + "/") + "v1/feedback-tokens");
        this.apiKey = apiKey;
        this.timeout = timeout;
        this.counters = counters;
    }

    Optional<FeedbackToken> request(String scopeField, String scopeId, Duration ttl) {
        StringBuilder json = new StringBuilder();
        new JsonWriter(json).beginObject().field(scopeField, scopeId).field("ttl_seconds", Math.max(1, ttl.toSeconds()))
                .endObject();
        HttpRequest.Builder request = HttpRequest.newBuilder(tokens).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "plumbline-java-client/" + PlumblineClient.VERSION)
                .POST(HttpRequest.BodyPublishers.ofString(json.toString()));
        apiKey.ifPresent(key -> request.header("Authorization", "Bearer " + key));
        try {
            HttpResponse<String> response = client().send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                counters.problem("feedback token refused: HTTP " + response.statusCode() + " " + response.body());
                return Optional.empty();
            }
            return Optional.of(parse(response.body()));
        } catch (IOException | RuntimeException e) {
            counters.problem("feedback token request failed: " + e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static FeedbackToken parse(String body) {
        Map<?, ?> answer = (Map<?, ?>) JsonReader.parse(body);
        return new FeedbackToken((String) answer.get("token"), text(answer, "interaction_id"), text(answer, "session_id"),
                Instant.parse((String) answer.get("expires_at")));
    }

    private static Optional<String> text(Map<?, ?> answer, String field) {
        return answer.get(field) instanceof String value ? Optional.of(value) : Optional.empty();
    }

    private HttpClient client() {
        HttpClient current = http;
        if (current == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
                }
                current = http;
            }
        }
        return current;
    }
}
