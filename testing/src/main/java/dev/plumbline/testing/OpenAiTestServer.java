package dev.plumbline.testing;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.plumbline.model.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local server that speaks the OpenAI chat-completions protocol over real HTTP on a random
 * loopback port ({@code POST /v1/chat/completions}). Each request is answered by the next scripted
 * {@link Reply} if any is queued, else by the {@link Responder}. It records every request and the
 * highest number of requests it was serving at once. Thread-safe.
 */
public final class OpenAiTestServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs,
        // costing about 40 ms per request; read once, when the server classes first load.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Queue<Reply> scripted = new ConcurrentLinkedQueue<>();
    private final List<ChatRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private volatile Responder responder;

    private OpenAiTestServer(Responder responder) throws IOException {
        this.responder = requireNonNull(responder, "responder is null");
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Starts a server that answers every request with the responder. */
    public static OpenAiTestServer start(Responder responder) {
        try {
            return new OpenAiTestServer(responder);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the test server", e);
        }
    }

    /** Starts a server that answers every request with {@code "ok"}. */
    public static OpenAiTestServer start() {
        return start(request -> Reply.answer("ok"));
    }

    /** The base URL a client appends {@code /chat/completions} to, e.g. {@code http://127.0.0.1:PORT/v1}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    /** Queues replies that answer the next requests, in order, before the responder is asked again. */
    public OpenAiTestServer script(Reply... replies) {
        scripted.addAll(List.of(replies));
        return this;
    }

    /** Replaces the responder that answers once the script is used up. */
    public OpenAiTestServer respondWith(Responder next) {
        this.responder = requireNonNull(next, "responder is null");
        return this;
    }

    /** Every well-formed chat request received so far, in arrival order. */
    public List<ChatRequest> requests() {
        return new ArrayList<>(requests);
    }

    /** How many chat requests arrived, including those answered with an error. */
    public int requestCount() {
        return requests.size();
    }

    /** The highest number of requests the server was serving at the same time. */
    public int maxConcurrentRequests() {
        return maxInFlight.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        boolean counted = true;
        try (exchange) {
            Reply reply = reply(exchange);
            if (!pause(reply)) {
                return;
            }
            // no longer in flight once the answer starts: the client may send its next request the moment it has read it
            inFlight.decrementAndGet();
            counted = false;
            send(exchange, reply);
        } finally {
            if (counted) {
                inFlight.decrementAndGet();
            }
        }
    }

    private Reply reply(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST") || !exchange.getRequestURI().getPath().equals("/v1/chat/completions")) {
            return Reply.error(404, "no route " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
        }
        Optional<ChatRequest> request = decode(exchange);
        if (request.isEmpty()) {
            return Reply.error(400, "request body is not a chat-completions request");
        }
        requests.add(request.get());
        Reply next = scripted.poll();
        return next != null ? next : responder.reply(request.get());
    }

    /** Waits out the reply's delay; false when interrupted (the server is closing). */
    private static boolean pause(Reply reply) {
        if (reply.delay().isZero()) {
            return true;
        }
        try {
            Thread.sleep(reply.delay().toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Optional<ChatRequest> decode(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            JsonNode root = JSON.readTree(body);
            List<Message> messages = new ArrayList<>();
            for (JsonNode m : root.path("messages")) {
                messages.add(new Message(m.path("role").asText(), m.path("content").asText()));
            }
            Optional<Double> temperature = root.has("temperature") ? Optional.of(root.get("temperature").asDouble()) : Optional.empty();
            Optional<Integer> maxTokens = root.has("max_tokens") ? Optional.of(root.get("max_tokens").asInt()) : Optional.empty();
            Optional<String> authorization = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization"));
            return Optional.of(new ChatRequest(root.path("model").asText(), messages, temperature, maxTokens, authorization, body));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        for (Map.Entry<String, String> header : reply.headers().entrySet()) {
            exchange.getResponseHeaders().set(header.getKey(), header.getValue());
        }
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
