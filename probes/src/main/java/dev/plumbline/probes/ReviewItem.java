package dev.plumbline.probes;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;

/** A change or answer with a known human verdict, judged by the model as a reviewer. */
public record ReviewItem(String id, String content, boolean humanApproved) {
    public ReviewItem {
        requireNonNull(id, "id is null");
        requireNonNull(content, "content is null");
        if (content.isBlank()) {
            throw PlumblineException.invalidInput("review item " + id + " has no content");
        }
    }
}
