package dev.plumbline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.wire.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One logged-in account of a Plumbline server's web API, as a browser holds it: the session cookie
 * and the CSRF token sent with every change. Keeps cookies itself, because the JDK's cookie manager
 * would not send the server's Secure cookies over plain http to localhost (browsers do). Not thread-safe.
 */
final class WebSession {
    private final HttpClient http;
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf = "";

    private WebSession(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    /** Logs in with a password; fails with the server's message when it refuses. */
    static WebSession login(HttpClient http, String base, String username, String password) {
        WebSession session = new WebSession(http, base);
        session.csrf = session.send("GET", "/api/csrf", null).orElseThrow().get("csrf").asText();
        String body = Json.mapper().createObjectNode().put("username", username).put("password", password).toString();
        session.csrf = session.send("POST", "/api/login", body).orElseThrow().get("csrf").asText();
        return session;
    }

    /** POSTs JSON with the CSRF token; the answer's JSON, empty for 204 No Content. */
    Optional<JsonNode> post(String path, JsonNode body) {
        return send("POST", path, body.toString());
    }

    JsonNode get(String path) {
        return send("GET", path, null).orElseThrow();
    }

    private Optional<JsonNode> send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("X-CSRF-Token", csrf)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        HttpResponse<String> response = exchange(request.build());
        keepCookies(response);
        if (response.statusCode() >= 300) {
            throw PlumblineException.unavailable(method + " " + path + " answered " + response.statusCode() + ": " + response.body(), null);
        }
        return response.statusCode() == 204 ? Optional.empty() : Optional.of(parse(response.body()));
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw PlumblineException.unavailable("cannot reach " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PlumblineException.unavailable("interrupted while calling " + request.uri(), e);
        }
    }

    private void keepCookies(HttpResponse<String> response) {
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals);
            String value = pair.substring(equals + 1);
            if (value.isEmpty()) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    private static JsonNode parse(String body) {
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw PlumblineException.internal("the server answered with something that is not JSON: " + body, e);
        }
    }
}
