package dev.plumbline.llm;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.ModelRef;
import dev.plumbline.model.PlumblineException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * How to reach and call one model over the OpenAI-compatible chat-completions protocol. Holds the
 * name of the environment variable with the API key, never the key: empty {@code apiKeyVariable}
 * means {@value #DEFAULT_KEY_VARIABLE} if it is set and no key otherwise (local servers); a named
 * variable must be set. Immutable; derive variants with the {@code withX} methods.
 */
public record ModelConfig(URI baseUrl, String model, Optional<String> family, Optional<String> apiKeyVariable,
        double temperature, Optional<Integer> maxTokens, Duration connectTimeout, Duration requestTimeout,
        int maxRetries, Duration initialBackoff, Duration maxBackoff, int maxConcurrency, Prices prices) {
    public static final String DEFAULT_KEY_VARIABLE = "OPENAI_API_KEY";

    public ModelConfig {
        requireNonNull(baseUrl, "baseUrl is null");
        requireNonNull(model, "model is null");
        requireNonNull(family, "family is null");
        requireNonNull(apiKeyVariable, "apiKeyVariable is null");
        requireNonNull(maxTokens, "maxTokens is null");
        requireNonNull(prices, "prices is null");
        baseUrl = checkedBaseUrl(baseUrl);
        if (model.isBlank()) {
            throw PlumblineException.invalidInput("model name is blank; give the name the server knows, e.g. gpt-4o-mini");
        }
        ChatOptions.checkTemperature(temperature);
        maxTokens.ifPresent(ChatOptions::checkMaxTokens);
        positive(connectTimeout, "connect timeout");
        positive(requestTimeout, "request timeout");
        positive(initialBackoff, "initial back-off");
        positive(maxBackoff, "maximum back-off");
        if (maxRetries < 0 || maxRetries > 20) {
            throw PlumblineException.invalidInput("retries must be between 0 and 20, got " + maxRetries);
        }
        if (maxConcurrency < 1) {
            throw PlumblineException.invalidInput("concurrency limit must be at least 1, got " + maxConcurrency);
        }
    }

    /** A model at a base URL (e.g. {@code https://api.openai.com/v1}, {@code http://localhost:11434/v1}) with defaults. */
    public static ModelConfig of(String baseUrl, String model) {
        return new ModelConfig(URI.create(requireNonNull(baseUrl, "baseUrl is null")), model, Optional.empty(), Optional.empty(),
                0.0, Optional.empty(), Duration.ofSeconds(10), Duration.ofSeconds(120), 3,
                Duration.ofSeconds(1), Duration.ofSeconds(30), 4, Prices.FREE);
    }

    public ModelRef modelRef() {
        return new ModelRef(model, Optional.empty(), family);
    }

    /** The environment variable the key is read from. */
    public String keyVariable() {
        return apiKeyVariable.orElse(DEFAULT_KEY_VARIABLE);
    }

    public ModelConfig withFamily(String value) {
        return new ModelConfig(baseUrl, model, Optional.of(value), apiKeyVariable, temperature, maxTokens, connectTimeout,
                requestTimeout, maxRetries, initialBackoff, maxBackoff, maxConcurrency, prices);
    }

    public ModelConfig withApiKeyVariable(String value) {
        return new ModelConfig(baseUrl, model, family, Optional.of(value), temperature, maxTokens, connectTimeout,
                requestTimeout, maxRetries, initialBackoff, maxBackoff, maxConcurrency, prices);
    }

    public ModelConfig withTemperature(double value) {
        return new ModelConfig(baseUrl, model, family, apiKeyVariable, value, maxTokens, connectTimeout,
                requestTimeout, maxRetries, initialBackoff, maxBackoff, maxConcurrency, prices);
    }

    public ModelConfig withMaxTokens(int value) {
        return new ModelConfig(baseUrl, model, family, apiKeyVariable, temperature, Optional.of(value), connectTimeout,
                requestTimeout, maxRetries, initialBackoff, maxBackoff, maxConcurrency, prices);
    }

    public ModelConfig withTimeouts(Duration connect, Duration request) {
        return new ModelConfig(baseUrl, model, family, apiKeyVariable, temperature, maxTokens, connect,
                request, maxRetries, initialBackoff, maxBackoff, maxConcurrency, prices);
    }

    public ModelConfig withRetries(int retries, Duration initial, Duration maximum) {
        return new ModelConfig(baseUrl, model, family, apiKeyVariable, temperature, maxTokens, connectTimeout,
                requestTimeout, retries, initial, maximum, maxConcurrency, prices);
    }

    public ModelConfig withMaxConcurrency(int value) {
        return new ModelConfig(baseUrl, model, family, apiKeyVariable, temperature, maxTokens, connectTimeout,
                requestTimeout, maxRetries, initialBackoff, maxBackoff, value, prices);
    }

    public ModelConfig withPrices(Prices value) {
        return new ModelConfig(baseUrl, model, family, apiKeyVariable, temperature, maxTokens, connectTimeout,
                requestTimeout, maxRetries, initialBackoff, maxBackoff, maxConcurrency, value);
    }

    private static URI checkedBaseUrl(URI url) {
        String scheme = url.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw PlumblineException.invalidInput("base URL must be an http(s) URL such as http://localhost:8000/v1, got " + url);
        }
        String text = url.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : url;
    }

    private static void positive(Duration duration, String what) {
        requireNonNull(duration, what + " is null");
        if (duration.isZero() || duration.isNegative()) {
            throw PlumblineException.invalidInput(what + " must be positive, got " + duration);
        }
    }
}
