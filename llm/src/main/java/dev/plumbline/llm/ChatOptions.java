package dev.plumbline.llm;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import java.util.Optional;

/** Per-call overrides of a model's configured temperature and token limit; empty means the default. */
public record ChatOptions(Optional<Double> temperature, Optional<Integer> maxTokens) {
    public ChatOptions {
        requireNonNull(temperature, "temperature is null");
        requireNonNull(maxTokens, "maxTokens is null");
        temperature.ifPresent(ChatOptions::checkTemperature);
        maxTokens.ifPresent(ChatOptions::checkMaxTokens);
    }

    public static ChatOptions defaults() {
        return new ChatOptions(Optional.empty(), Optional.empty());
    }

    public ChatOptions withTemperature(double value) {
        return new ChatOptions(Optional.of(value), maxTokens);
    }

    public ChatOptions withMaxTokens(int value) {
        return new ChatOptions(temperature, Optional.of(value));
    }

    static void checkTemperature(double value) {
        if (!(value >= 0 && value <= 2)) {
            throw PlumblineException.invalidInput("temperature must be between 0 and 2, got " + value);
        }
    }

    static void checkMaxTokens(int value) {
        if (value < 1) {
            throw PlumblineException.invalidInput("max tokens must be at least 1, got " + value);
        }
    }
}
