package dev.plumbline.server;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.ProjectId;
import java.time.Instant;

/**
 * The verified content of a feedback token: the project it writes to, its scope, when it stops
 * being accepted, and a random nonce that tells two tokens of the same scope apart.
 */
public record FeedbackToken(ProjectId project, FeedbackScope scope, Instant expiresAt, String nonce) {
    public FeedbackToken {
        requireNonNull(project, "project is null");
        requireNonNull(scope, "scope is null");
        requireNonNull(expiresAt, "expiresAt is null");
        requireNonNull(nonce, "nonce is null");
    }
}
