package dev.plumbline.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One model call in production: the conversation sent, the completion returned, and who and what
 * was involved. {@code regenerates} names the interaction this one replaced; {@code
 * feedbackPropensity} is the probability with which the product asked this user for explicit
 * feedback (for inverse-propensity estimates).
 */
public record Interaction(
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
        implements Record {
    public Interaction {
        requireNonNull(id, "id is null");
        requireNonNull(sessionId, "sessionId is null");
        requireNonNull(userId, "userId is null");
        requireNonNull(ts, "ts is null");
        requireNonNull(model, "model is null");
        messages = List.copyOf(requireNonNull(messages, "messages is null"));
        requireNonNull(completion, "completion is null");
        requireNonNull(regenerates, "regenerates is null");
        requireNonNull(feedbackPropensity, "feedbackPropensity is null");
        requireNonNull(usage, "usage is null");
        meta = Map.copyOf(requireNonNull(meta, "meta is null"));
        feedbackPropensity.ifPresent(p -> {
            if (!(p > 0 && p <= 1)) {
                throw PlumblineException.invalidInput("feedback_propensity must be in (0, 1], was " + p);
            }
        });
    }

    @Override
    public Kind kind() {
        return Kind.INTERACTION;
    }

    /** The last user message, which is what "the prompt" means for most rules. */
    public String lastUserMessage() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).role().equals("user")) {
                return messages.get(i).content();
            }
        }
        return "";
    }

    @Override
    public Interaction withTs(Instant newTs) {
        return new Interaction(id, sessionId, userId, newTs, model, messages, completion, regenerates,
                feedbackPropensity, usage, meta);
    }

    public Interaction withCompletion(String newCompletion) {
        return new Interaction(id, sessionId, userId, ts, model, messages, newCompletion, regenerates,
                feedbackPropensity, usage, meta);
    }
}
