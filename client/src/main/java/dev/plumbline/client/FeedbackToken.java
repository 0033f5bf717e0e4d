package dev.plumbline.client;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * A browser feedback token as the server issued it: hand {@link #token()} to the page that renders
 * the answer (the browser SDK's {@code attach(..., {token})}). It lets that page post feedback
 * about its one interaction, or the interactions of its one session, until {@link #expiresAt()}.
 */
public record FeedbackToken(String token, Optional<String> interactionId, Optional<String> sessionId, Instant expiresAt) {
    public FeedbackToken {
        requireNonNull(token, "token is null");
        requireNonNull(interactionId, "interactionId is null");
        requireNonNull(sessionId, "sessionId is null");
        requireNonNull(expiresAt, "expiresAt is null");
    }
}
