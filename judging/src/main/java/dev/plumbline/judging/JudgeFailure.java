package dev.plumbline.judging;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.ErrorType;
import java.util.List;

/**
 * A judge call that produced no output (the model failed after its retries): no label is written for
 * it, since there is nothing to parse; {@code order} is the presentation that was attempted.
 */
public record JudgeFailure(String subject, List<String> order, ErrorType type, String message) {
    public JudgeFailure {
        requireNonNull(subject, "subject is null");
        order = List.copyOf(requireNonNull(order, "order is null"));
        requireNonNull(type, "type is null");
        requireNonNull(message, "message is null");
    }
}
