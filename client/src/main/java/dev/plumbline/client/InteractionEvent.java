package dev.plumbline.client;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One model call in production: the conversation sent, the completion returned, and who and what
 * was involved (wire format v1 {@code kind: interaction}). {@code regenerates} names the
 * interaction this one replaced; {@code feedbackPropensity} is the probability with which the app
 * asked this user for explicit feedback. Build one with {@link #builder()}. Immutable.
 */
public record InteractionEvent(
        String id,
        Optional<String> sessionId,
        Optional<String> userId,
        Instant ts,
        ModelRef model,
        List<Message> messages,
        String completion,
        Optional<String> regenerates,
        Optional<Double> feedbackPropensity,
        Optional<Usage> usage,
        Map<String, String> meta)
        implements Event {
    public InteractionEvent {
        Checks.requireId(id, "id");
        Checks.requirePresent(sessionId, "sessionId");
        Checks.requirePresent(userId, "userId");
        requireNonNull(ts, "ts is null");
        requireNonNull(model, "model is null");
        messages = List.copyOf(requireNonNull(messages, "messages is null"));
        requireNonNull(completion, "completion is null");
        Checks.requirePresent(regenerates, "regenerates");
        Checks.requireFinite(feedbackPropensity, "feedbackPropensity").ifPresent(p -> {
            if (!(p > 0 && p <= 1)) {
                throw new IllegalArgumentException("feedbackPropensity must be in (0, 1], was " + p);
            }
        });
        requireNonNull(usage, "usage is null");
        meta = Checks.meta(meta);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects an interaction's fields. Optional setters take null or "" as absent, so app code can
     * pass what it has; {@link #build()} needs a model and a completion and fills in a random id
     * and the current time when none were given. Not thread-safe.
     */
    public static final class Builder {
        private String id;
        private String sessionId;
        private String userId;
        private Instant ts;
        private ModelRef model;
        private final List<Message> messages = new ArrayList<>();
        private String completion;
        private String regenerates;
        private Double feedbackPropensity;
        private Usage usage;
        private final Map<String, String> meta = new TreeMap<>();

        private Builder() {
        }

        /** The app's id for this call; retries of the same id are stored once. Default: a random UUID. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        public Builder session(String value) {
            this.sessionId = value;
            return this;
        }

        public Builder user(String value) {
            this.userId = value;
            return this;
        }

        /** When the call happened. Default: when {@link #build()} ran. */
        public Builder ts(Instant value) {
            this.ts = value;
            return this;
        }

        public Builder model(ModelRef value) {
            this.model = value;
            return this;
        }

        public Builder model(String name, String version, String family) {
            return model(ModelRef.of(name, version, family));
        }

        public Builder message(String role, String content) {
            messages.add(new Message(role, content));
            return this;
        }

        public Builder messages(List<Message> values) {
            messages.addAll(values);
            return this;
        }

        /** Shorthand for one user message. */
        public Builder prompt(String content) {
            return message("user", content);
        }

        public Builder completion(String value) {
            this.completion = value;
            return this;
        }

        public Builder regenerates(String interactionId) {
            this.regenerates = interactionId;
            return this;
        }

        public Builder feedbackPropensity(double value) {
            this.feedbackPropensity = value;
            return this;
        }

        public Builder usage(long inputTokens, long outputTokens) {
            this.usage = new Usage(inputTokens, outputTokens);
            return this;
        }

        public Builder meta(String key, String value) {
            if (key != null && value != null) {
                meta.put(key, value);
            }
            return this;
        }

        public InteractionEvent build() {
            requireNonNull(model, "model is required: builder.model(name, version, family)");
            requireNonNull(completion, "completion is required (it may be empty)");
            String actualId = id == null || id.isBlank() ? Checks.newId() : id;
            return new InteractionEvent(actualId, Checks.optional(sessionId), Checks.optional(userId),
                    ts == null ? Instant.now() : ts, model, messages, completion, Checks.optional(regenerates),
                    Optional.ofNullable(feedbackPropensity), Optional.ofNullable(usage), meta);
        }
    }
}
