package dev.plumbline.testing;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Map;

/**
 * What the test server sends back for one request: a status, a body, extra headers and a delay
 * before answering. Factories build the protocol's real shapes (answers with usage, OpenAI error
 * bodies, 429 with {@code Retry-After}) and the broken ones (malformed JSON, no choices).
 */
public record Reply(int status, String body, Map<String, String> headers, Duration delay) {
    public Reply {
        requireNonNull(body, "body is null");
        headers = Map.copyOf(requireNonNull(headers, "headers is null"));
        requireNonNull(delay, "delay is null");
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP status, got " + status);
        }
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative");
        }
    }

    /** A normal answer with the given text and a usage of 10 prompt and 5 completion tokens. */
    public static Reply answer(String text) {
        return answer(text, 10, 5);
    }

    /** A normal answer with the given text and token usage. */
    public static Reply answer(String text, long promptTokens, long completionTokens) {
        return new Reply(200, ReplyBodies.completion(text, promptTokens, completionTokens), Map.of(), Duration.ZERO);
    }

    /** HTTP 429 with {@code Retry-After} in seconds and an OpenAI-shaped error body. */
    public static Reply rateLimited(int retryAfterSeconds) {
        return new Reply(429, ReplyBodies.error("Rate limit reached", "rate_limit_error"),
                Map.of("Retry-After", Integer.toString(retryAfterSeconds)), Duration.ZERO);
    }

    /** HTTP 500 with an OpenAI-shaped error body. */
    public static Reply serverError() {
        return error(500, "The server had an error while processing your request");
    }

    /** Any status with an OpenAI-shaped error body carrying the message. */
    public static Reply error(int status, String message) {
        return new Reply(status, ReplyBodies.error(message, "invalid_request_error"), Map.of(), Duration.ZERO);
    }

    /** HTTP 200 with the given body as it is, however broken. */
    public static Reply malformed(String body) {
        return new Reply(200, body, Map.of(), Duration.ZERO);
    }

    /** HTTP 200 with a well-formed completion object whose {@code choices} array is empty. */
    public static Reply noChoices() {
        return malformed("{\"id\":\"chatcmpl-x\",\"object\":\"chat.completion\",\"choices\":[]}");
    }

    /** The same reply, sent only after the delay. */
    public Reply delayedBy(Duration wait) {
        return new Reply(status, body, headers, wait);
    }
}
