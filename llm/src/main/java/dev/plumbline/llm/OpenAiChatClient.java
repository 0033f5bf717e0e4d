package dev.plumbline.llm;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.ErrorType;
import dev.plumbline.model.Message;
import dev.plumbline.model.ModelRef;
import dev.plumbline.model.PlumblineException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Semaphore;

/**
 * The {@link ChatModel} for any server speaking OpenAI-compatible chat completions
 * ({@code POST {base}/chat/completions}: OpenAI, vLLM, Ollama, llama.cpp server, LiteLLM). Retries
 * 429, 408, 5xx and connection failures with exponential back-off and jitter (honouring
 * {@code Retry-After} in seconds up to five minutes; a longer one fails at once), holds at most
 * {@code maxConcurrency} requests in flight, and accounts tokens and cost. Other 4xx fail at once as invalid input. Thread-safe; the API key is never printed.
 */
public final class OpenAiChatClient implements ChatModel {
    private static final Duration LONGEST_RETRY_AFTER = Duration.ofMinutes(5);

    private final ModelConfig config;
    private final Optional<String> apiKey;
    private final Sleeper sleeper;
    private final HttpClient http;
    private final Semaphore permits;
    private final Backoff backoff;
    private final UsageMeter meter;
    private final URI endpoint;

    private OpenAiChatClient(ModelConfig config, Optional<String> apiKey, Sleeper sleeper) {
        this.config = config;
        this.apiKey = apiKey;
        this.sleeper = sleeper;
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .version(config.baseUrl().getScheme().equals("http") ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
                .build();
        this.permits = new Semaphore(config.maxConcurrency(), true);
        this.backoff = new Backoff(config.initialBackoff(), config.maxBackoff(), new Random());
        this.meter = new UsageMeter(config.prices());
        this.endpoint = URI.create(config.baseUrl() + "/chat/completions");
    }

    /** A client that reads the key from the process environment and really sleeps between retries. */
    public static OpenAiChatClient create(ModelConfig config) {
        return create(config, System.getenv(), Sleeper.REAL);
    }

    /** A client reading the key from the given environment and waiting through the given sleeper. */
    public static OpenAiChatClient create(ModelConfig config, Map<String, String> environment, Sleeper sleeper) {
        requireNonNull(config, "config is null");
        requireNonNull(environment, "environment is null");
        requireNonNull(sleeper, "sleeper is null");
        return new OpenAiChatClient(config, apiKey(config, environment), sleeper);
    }

    public ModelConfig config() {
        return config;
    }

    @Override
    public ModelRef model() {
        return config.modelRef();
    }

    /** Calls, failures, retries, tokens and cost since this client was created. */
    public RunUsage usage() {
        return meter.snapshot();
    }

    @Override
    public Completion complete(List<Message> messages, ChatOptions options) {
        requireNonNull(messages, "messages is null");
        requireNonNull(options, "options is null");
        if (messages.isEmpty()) {
            throw PlumblineException.invalidInput("a chat completion needs at least one message");
        }
        String body = ChatCodec.request(config.model(), messages, options.temperature().orElse(config.temperature()),
                options.maxTokens().or(config::maxTokens));
        try {
            return completeWithRetries(body);
        } catch (PlumblineException e) {
            meter.failure();
            throw e;
        }
    }

    @Override
    public String toString() {
        return "OpenAiChatClient[model=" + config.model() + ", baseUrl=" + config.baseUrl() + ", apiKey="
                + (apiKey.isPresent() ? "<redacted, from " + config.keyVariable() + ">" : "none") + "]";
    }

    private Completion completeWithRetries(String body) {
        for (int attempt = 1; ; attempt++) {
            Failure failure;
            try {
                HttpResponse<String> response = send(body);
                if (response.statusCode() / 100 == 2) {
                    Completion completion = ChatCodec.response(response.body(), model());
                    meter.success(completion.usage(), ChatCodec.reportsUsage(response.body()));
                    return completion;
                }
                failure = Failure.of(response, this);
            } catch (IOException e) {
                failure = new Failure(describe(e), Optional.empty(), e);
            }
            if (failure.retryAfter().filter(wait -> wait.compareTo(LONGEST_RETRY_AFTER) > 0).isPresent()) {
                // A server asking for a long pause is down for now; hanging a run for it helps nobody.
                throw PlumblineException.unavailable("model " + config.model() + " at " + endpoint + " asked to retry after "
                        + failure.retryAfter().get().toSeconds() + " s (" + failure.problem() + ")", null);
            }
            if (attempt > config.maxRetries()) {
                throw PlumblineException.unavailable("model " + config.model() + " at " + endpoint + " failed after "
                        + attempt + " attempt(s): " + failure.problem(), failure.cause());
            }
            meter.retry();
            pause(backoff.delay(attempt, failure.retryAfter()));
        }
    }

    private HttpResponse<String> send(String body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(config.requestTimeout())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        apiKey.ifPresent(key -> request.header("Authorization", "Bearer " + key));
        try {
            permits.acquire();
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } finally {
                permits.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PlumblineException.unavailable("interrupted while calling model " + config.model(), e);
        }
    }

    private void pause(Duration delay) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PlumblineException.unavailable("interrupted while backing off from model " + config.model(), e);
        }
    }

    private String describe(IOException e) {
        if (e instanceof HttpTimeoutException) {
            return "timed out (" + e.getMessage() + "; connect timeout " + config.connectTimeout()
                    + ", request timeout " + config.requestTimeout() + ")";
        }
        return "connection failed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
    }

    private static Optional<String> apiKey(ModelConfig config, Map<String, String> environment) {
        String value = environment.get(config.keyVariable());
        if (value != null && !value.isBlank()) {
            return Optional.of(value.trim());
        }
        if (config.apiKeyVariable().isPresent()) {
            throw PlumblineException.invalidInput("environment variable " + config.keyVariable()
                    + " named for the API key of model " + config.model() + " is not set");
        }
        return Optional.empty();
    }

    /** Why an attempt failed, and whether the server said when to come back. */
    private record Failure(String problem, Optional<Duration> retryAfter, Throwable cause) {
        static Failure of(HttpResponse<String> response, OpenAiChatClient client) {
            int status = response.statusCode();
            String problem = "HTTP " + status + ": " + ChatCodec.errorMessage(response.body());
            if (status != 429 && status != 408 && status < 500) {
                throw new PlumblineException(ErrorType.INVALID_INPUT, "model " + client.config.model() + " at "
                        + client.endpoint + " rejected the request with " + problem + hint(status, client.config));
            }
            return new Failure(problem, Backoff.retryAfter(response.headers().firstValue("Retry-After")), null);
        }

        private static String hint(int status, ModelConfig config) {
            if (status == 401 || status == 403) {
                return " (check the API key in " + config.keyVariable() + ")";
            }
            return status == 404 ? " (check the base URL and the model name)" : "";
        }
    }
}
