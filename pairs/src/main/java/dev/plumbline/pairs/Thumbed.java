package dev.plumbline.pairs;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.Feedback;
import dev.plumbline.model.Interaction;

/** An answer with its latest thumbs feedback and the session it belongs to. */
public record Thumbed(Interaction interaction, Feedback thumbs, String sessionId) {
    public Thumbed {
        requireNonNull(interaction, "interaction is null");
        requireNonNull(thumbs, "thumbs is null");
        requireNonNull(sessionId, "sessionId is null");
    }

    public boolean up() {
        return thumbs.value().orElse(0.0) > 0;
    }

    public boolean down() {
        return thumbs.value().orElse(0.0) < 0;
    }
}
