package dev.plumbline.server;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;

/**
 * What a feedback token may post feedback about: one interaction, or every interaction of one
 * session (checked against the stored interaction's {@code session_id}).
 */
public record FeedbackScope(Kind kind, String id) {
    /** Whether the scope is one interaction or one session. */
    public enum Kind {
        INTERACTION("interaction_id"),
        SESSION("session_id");

        private final String field;

        Kind(String field) {
            this.field = field;
        }

        /** The JSON field that names the scope in requests, answers and token payloads. */
        public String field() {
            return field;
        }
    }

    public FeedbackScope {
        requireNonNull(kind, "kind is null");
        requireNonNull(id, "id is null");
        if (id.isBlank() || id.length() > 512) {
            throw PlumblineException.invalidInput(kind.field() + " must be 1-512 characters");
        }
    }

    public static FeedbackScope interaction(String id) {
        return new FeedbackScope(Kind.INTERACTION, id);
    }

    public static FeedbackScope session(String id) {
        return new FeedbackScope(Kind.SESSION, id);
    }

    @Override
    public String toString() {
        return kind.field() + " '" + id + "'";
    }
}
