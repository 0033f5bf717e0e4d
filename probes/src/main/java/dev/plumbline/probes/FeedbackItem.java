package dev.plumbline.probes;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;

/** A text to be rated for feedback sycophancy; {@code kind} names it in the prompt ("argument", "poem"). */
public record FeedbackItem(String id, String kind, String text) {
    public FeedbackItem {
        requireNonNull(id, "id is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(text, "text is null");
        if (text.isBlank()) {
            throw PlumblineException.invalidInput("feedback item " + id + " has no text");
        }
    }
}
