package dev.plumbline.client;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends an app's interactions, feedback and labels to a Plumbline server, for use in production
 * request paths. {@link #record}, {@link #feedback} and {@link #label} never block and never
 * throw: they put the event in a bounded buffer in O(1), or drop and count it when the buffer is
 * full. One background thread sends batches to {@code POST /v1/ingest} and retries with
 * exponential back-off and jitter on 429 (honouring {@code Retry-After}), 408, 5xx and connection
 * failures; other 4xx answers are counted as rejected, never retried. Events carry client-side
 * ids, so a retry is stored once. {@link #stats()} tells what happened to every event.
 * Thread-safe; make one per app and {@link #close()} it at shutdown (the sender thread is a
 * daemon, so a client never closed loses what it still buffered).
 *
 * <pre>{@code
 * PlumblineClient plumbline = PlumblineClient.builder("http://localhost:7070").apiKey(key).build();
 * InteractionEvent call = InteractionEvent.builder().model("acme-assist", "2026-10-01", "llama-3")
 *         .session(sessionId).user(userId).prompt(question).completion(answer).build();
 * plumbline.record(call);
 * plumbline.feedback(FeedbackEvent.thumbsUp(call.id()).withUser(userId));
 * }</pre>
 */
public final class PlumblineClient implements AutoCloseable {
    static final String VERSION = "0.1.0";

    private final Buffer buffer;
    private final Counters counters = new Counters();
    private final Sender sender;
    private final TokenRequests tokens;
    private final int batchSize;
    private final Duration closeTimeout;
    private final AtomicBoolean closing = new AtomicBoolean();
    private volatile boolean closed;

    private PlumblineClient(Builder builder) {
        this.buffer = new Buffer(builder.maxBufferedRecords);
        this.batchSize = builder.batchSize;
        this.closeTimeout = builder.closeTimeout;
        Transport transport = new Transport(builder.endpoint, Optional.ofNullable(builder.apiKey),
                builder.requestTimeout, builder.gzip);
        this.sender = new Sender(buffer, counters, transport,
                new Backoff(builder.backoffBase, builder.backoffCap, builder.random), builder.batchSize,
                builder.flushInterval, builder.maxRetries);
        this.tokens = new TokenRequests(builder.endpoint, Optional.ofNullable(builder.apiKey), builder.requestTimeout,
                counters);
        sender.start();
    }

    /** A builder for a client of the server at {@code endpoint}, such as {@code http://localhost:7070}. */
    public static Builder builder(String endpoint) {
        return new Builder(URI.create(requireNonNull(endpoint, "endpoint is null")));
    }

    /** Buffers an interaction for sending; false if it was dropped (buffer full, client closed). Never blocks or throws. */
    public boolean record(InteractionEvent interaction) {
        return offer(interaction);
    }

    /** Buffers a feedback for sending; false if it was dropped. Never blocks or throws. */
    public boolean feedback(FeedbackEvent feedback) {
        return offer(feedback);
    }

    /**
     * Mints a browser feedback token for one interaction ({@code POST /v1/feedback-tokens}), to hand
     * to the page that renders the answer. Unlike the recording methods it makes one blocking request
     * (at most the request timeout); it never throws: empty means the server was unreachable or
     * refused, and {@link ClientStats#lastProblem()} says why. The page then renders without capture.
     *
     * @param ttl how long the page may post feedback (1 s to the server's maximum, 24 h by default)
     */
    public Optional<FeedbackToken> feedbackToken(String interactionId, Duration ttl) {
        return tokens.request("interaction_id", requireNonNull(interactionId, "interactionId is null"),
                requireNonNull(ttl, "ttl is null"));
    }

    /** Like {@link #feedbackToken}, for feedback about any interaction the server holds in this session. */
    public Optional<FeedbackToken> sessionFeedbackToken(String sessionId, Duration ttl) {
        return tokens.request("session_id", requireNonNull(sessionId, "sessionId is null"), requireNonNull(ttl, "ttl is null"));
    }

    /** Buffers a label for sending; false if it was dropped. Never blocks or throws. */
    public boolean label(LabelEvent label) {
        return offer(label);
    }

    private boolean offer(Event event) {
        counters.offered.increment();
        if (event == null) {
            counters.rejected.incrementAndGet();
            counters.problem("a null event was offered");
            return false;
        }
        if (closed) {
            counters.droppedClosed.increment();
            return false;
        }
        int queued = buffer.offer(event);
        if (queued < 0) {
            counters.droppedBufferFull.increment();
            return false;
        }
        if (closed && buffer.withdraw(event)) {
            // close() raced with this call and the sender may be gone: nothing would send it.
            counters.droppedClosed.increment();
            return false;
        }
        if (queued == batchSize) {
            sender.wake();
        }
        return true;
    }

    /**
     * Sends everything buffered now and waits until all events offered before this call are
     * settled (acknowledged, or rejected or dropped: see {@link #stats()}). Blocks the caller: use
     * it in tests, batch jobs and shutdown, not in request paths.
     *
     * @return true if they all settled within {@code timeout}
     */
    public boolean flush(Duration timeout) {
        long target = buffer.admitted();
        if (buffer.settled() >= target) {
            return true;
        }
        sender.requestFlush(target);
        try {
            return buffer.awaitSettled(target, System.nanoTime() + timeout.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return buffer.settled() >= target;
        }
    }

    /**
     * Refuses new events, sends what is buffered (retrying as usual) and stops the sender thread,
     * all within {@code timeout}; whatever is still unsent then is dropped and counted as {@code
     * droppedClosed}. Calling it again waits for the same shutdown.
     *
     * @return true if everything was settled and the thread stopped within the timeout
     */
    public boolean close(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        closed = true;
        if (closing.compareAndSet(false, true)) {
            sender.stop();
        }
        try {
            if (sender.join(deadline)) {
                return true;
            }
            sender.abort();
            sender.join(System.nanoTime() + Duration.ofSeconds(1).toNanos());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sender.abort();
            return false;
        }
    }

    /** {@link #close(Duration)} with the builder's close timeout (default 10 s). */
    @Override
    public void close() {
        close(closeTimeout);
    }

    public ClientStats stats() {
        return counters.snapshot(buffer.held());
    }

    /**
     * The client's settings, each with a default fit for production. Validated by {@link #build()}.
     * Not thread-safe.
     */
    public static final class Builder {
        private final URI endpoint;
        private String apiKey;
        private int batchSize = 500;
        private Duration flushInterval = Duration.ofSeconds(1);
        private int maxBufferedRecords = 10_000;
        private int maxRetries = 10;
        private Duration backoffBase = Duration.ofMillis(100);
        private Duration backoffCap = Duration.ofSeconds(30);
        private Duration requestTimeout = Duration.ofSeconds(10);
        private Duration closeTimeout = Duration.ofSeconds(10);
        private boolean gzip;
        private Random random = new Random();

        private Builder(URI endpoint) {
            this.endpoint = endpoint;
        }

        /** An API key with the {@code ingest} scope ({@code pl_...}); none for an open loopback server. */
        public Builder apiKey(String value) {
            this.apiKey = value == null || value.isBlank() ? null : value.trim();
            return this;
        }

        /** Most records per request (default 500); a full batch is sent at once. */
        public Builder batchSize(int value) {
            this.batchSize = value;
            return this;
        }

        /** How long a partial batch may wait before it is sent anyway (default 1 s). */
        public Builder flushInterval(Duration value) {
            this.flushInterval = requireNonNull(value, "flushInterval is null");
            return this;
        }

        /** Most events held in memory, queued or in flight (default 10,000); beyond it events are dropped. */
        public Builder maxBufferedRecords(int value) {
            this.maxBufferedRecords = value;
            return this;
        }

        /** Retries of one batch before it is dropped (default 10; 0 sends once). */
        public Builder maxRetries(int value) {
            this.maxRetries = value;
            return this;
        }

        /** The first back-off step and the longest one (defaults 100 ms and 30 s). */
        public Builder backoff(Duration base, Duration cap) {
            this.backoffBase = requireNonNull(base, "base is null");
            this.backoffCap = requireNonNull(cap, "cap is null");
            return this;
        }

        /** Connect and response timeout of one request (default 10 s). */
        public Builder requestTimeout(Duration value) {
            this.requestTimeout = requireNonNull(value, "requestTimeout is null");
            return this;
        }

        /** How long {@link PlumblineClient#close()} may take (default 10 s). */
        public Builder closeTimeout(Duration value) {
            this.closeTimeout = requireNonNull(value, "closeTimeout is null");
            return this;
        }

        /** Gzip request bodies (default off): less bandwidth for a little CPU on the sender thread. */
        public Builder gzip(boolean value) {
            this.gzip = value;
            return this;
        }

        /** The source of back-off jitter; seed it in tests. */
        Builder random(Random value) {
            this.random = requireNonNull(value, "random is null");
            return this;
        }

        /**
         * Starts the client and its sender thread.
         *
         * @throws IllegalArgumentException for a setting out of range
         */
        public PlumblineClient build() {
            check(endpoint.getScheme() != null && endpoint.getScheme().matches("https?") && endpoint.getHost() != null,
                    "endpoint must be an http(s) URL such as http://localhost:7070, was " + endpoint);
            check(batchSize >= 1, "batchSize must be at least 1, was " + batchSize);
            check(maxBufferedRecords >= batchSize, "maxBufferedRecords must hold at least one batch ("
                    + batchSize + "), was " + maxBufferedRecords);
            check(maxRetries >= 0, "maxRetries must not be negative, was " + maxRetries);
            check(positive(flushInterval) && positive(requestTimeout) && positive(closeTimeout) && positive(backoffBase),
                    "durations must be positive");
            check(backoffCap.compareTo(backoffBase) >= 0, "backoff cap must not be below its base");
            return new PlumblineClient(this);
        }

        private static boolean positive(Duration duration) {
            return !duration.isNegative() && !duration.isZero();
        }

        private static void check(boolean condition, String message) {
            if (!condition) {
                throw new IllegalArgumentException(message);
            }
        }
    }
}
