package dev.plumbline.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What someone did after an interaction. Which optional fields a type needs is checked by the
 * wire codec: {@code thumbs} and {@code rating} carry {@code value} (a rating also a {@code scale});
 * {@code edit}, {@code correction} and {@code follow_up} carry {@code text}; {@code choice} carries
 * {@code chosen} and {@code rejected} interaction ids; {@code outcome} carries {@code name} and
 * {@code value}. An outcome may arrive days after its interaction.
 */
public record Feedback(
        String id,
        String interactionId,
        Instant ts,
        FeedbackType type,
        Actor actor,
        Optional<Double> value,
        Optional<Double> scale,
        Optional<String> text,
        Optional<String> name,
        Optional<String> reason,
        List<String> chosen,
        List<String> rejected,
        Map<String, String> meta)
        implements Record {
    public Feedback {
        requireNonNull(id, "id is null");
        requireNonNull(interactionId, "interactionId is null");
        requireNonNull(ts, "ts is null");
        requireNonNull(type, "type is null");
        requireNonNull(actor, "actor is null");
        requireNonNull(value, "value is null");
        requireNonNull(scale, "scale is null");
        requireNonNull(text, "text is null");
        requireNonNull(name, "name is null");
        requireNonNull(reason, "reason is null");
        chosen = List.copyOf(requireNonNull(chosen, "chosen is null"));
        rejected = List.copyOf(requireNonNull(rejected, "rejected is null"));
        meta = Map.copyOf(requireNonNull(meta, "meta is null"));
    }

    @Override
    public Kind kind() {
        return Kind.FEEDBACK;
    }

    /** A feedback of the given type with no optional fields set, for builders and tests. */
    public static Feedback of(String id, String interactionId, Instant ts, FeedbackType type, Actor actor) {
        return new Feedback(id, interactionId, ts, type, actor, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), Map.of());
    }

    @Override
    public Feedback withTs(Instant newTs) {
        return new Feedback(id, interactionId, newTs, type, actor, value, scale, text, name, reason, chosen, rejected,
                meta);
    }

    public Feedback withValue(double newValue) {
        return new Feedback(id, interactionId, ts, type, actor, Optional.of(newValue), scale, text, name, reason,
                chosen, rejected, meta);
    }

    public Feedback withText(String newText) {
        return new Feedback(id, interactionId, ts, type, actor, value, scale, Optional.of(newText), name, reason,
                chosen, rejected, meta);
    }

    public Feedback withName(String newName) {
        return new Feedback(id, interactionId, ts, type, actor, value, scale, text, Optional.of(newName), reason,
                chosen, rejected, meta);
    }

    public Feedback withChoice(List<String> newChosen, List<String> newRejected) {
        return new Feedback(id, interactionId, ts, type, actor, value, scale, text, name, reason,
                newChosen, newRejected, meta);
    }
}
