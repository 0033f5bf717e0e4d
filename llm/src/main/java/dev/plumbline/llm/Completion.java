package dev.plumbline.llm;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.ModelRef;
import dev.plumbline.model.Usage;
import java.util.Optional;

/**
 * One answer of a model: its text, the token usage the server reported (zero when it reported
 * none), the finish reason where given, and which model wrote it.
 */
public record Completion(String text, Usage usage, Optional<String> finishReason, ModelRef model) {
    public Completion {
        requireNonNull(text, "text is null");
        requireNonNull(usage, "usage is null");
        requireNonNull(finishReason, "finishReason is null");
        requireNonNull(model, "model is null");
    }
}
