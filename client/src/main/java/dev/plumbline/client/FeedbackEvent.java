package dev.plumbline.client;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What someone did after an answer (wire format v1 {@code kind: feedback}). Make one with the
 * factory of its type, which fills the fields that type needs, then refine it with the {@code
 * withX} methods: {@code FeedbackEvent.edit(interaction.id(), finalText).withUser("u-3")}. A new
 * event has a random id, the current time and an unnamed user as actor. The constructor checks
 * that the type's required fields are present; ranges (a rating above its scale) are the server's
 * to judge, and a record it rejects is counted, not thrown. Immutable.
 */
public record FeedbackEvent(
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
        implements Event {
    public FeedbackEvent {
        Checks.requireId(id, "id");
        Checks.requireId(interactionId, "interactionId");
        requireNonNull(ts, "ts is null");
        requireNonNull(type, "type is null");
        requireNonNull(actor, "actor is null");
        Checks.requireFinite(value, "value");
        Checks.requireFinite(scale, "scale");
        requireNonNull(text, "text is null");
        Checks.requirePresent(name, "name");
        Checks.requirePresent(reason, "reason");
        chosen = Checks.ids(chosen, "chosen");
        rejected = Checks.ids(rejected, "rejected");
        meta = Checks.meta(meta);
        checkShape(type, value, text, name, chosen, rejected);
    }

    private static void checkShape(FeedbackType type, Optional<Double> value, Optional<String> text,
            Optional<String> name, List<String> chosen, List<String> rejected) {
        boolean complete = switch (type) {
            case THUMBS, RATING -> value.isPresent();
            case EDIT, CORRECTION, FOLLOW_UP -> text.isPresent();
            case CHOICE -> !chosen.isEmpty() && !rejected.isEmpty();
            case OUTCOME -> name.isPresent() && value.isPresent();
            case COPY, ACCEPT, REGENERATE, ABANDON -> true;
        };
        if (!complete) {
            throw new IllegalArgumentException(type.wireName() + " feedback lacks a required field: use the "
                    + "FeedbackEvent factory of that type");
        }
    }

    private static FeedbackEvent of(String interactionId, FeedbackType type, Optional<Double> value,
            Optional<Double> scale, Optional<String> text, Optional<String> name) {
        return new FeedbackEvent(Checks.newId(), interactionId, Instant.now(), type, Actor.user(), value, scale, text,
                name, Optional.empty(), List.of(), List.of(), Map.of());
    }

    private static FeedbackEvent plain(String interactionId, FeedbackType type) {
        return of(interactionId, type, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static FeedbackEvent thumbs(String interactionId, boolean up) {
        return of(interactionId, FeedbackType.THUMBS, Optional.of(up ? 1.0 : -1.0), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public static FeedbackEvent thumbsUp(String interactionId) {
        return thumbs(interactionId, true);
    }

    public static FeedbackEvent thumbsDown(String interactionId) {
        return thumbs(interactionId, false);
    }

    /** A rating of {@code value} on a scale whose top is {@code scale} (4 of 5 stars: {@code rating(id, 4, 5)}). */
    public static FeedbackEvent rating(String interactionId, double value, double scale) {
        return of(interactionId, FeedbackType.RATING, Optional.of(value), Optional.of(scale), Optional.empty(),
                Optional.empty());
    }

    /** The user edited the answer; {@code finalText} is their final version. */
    public static FeedbackEvent edit(String interactionId, String finalText) {
        return withText(interactionId, FeedbackType.EDIT, finalText);
    }

    /** Someone said what the answer should have been. */
    public static FeedbackEvent correction(String interactionId, String correctText) {
        return withText(interactionId, FeedbackType.CORRECTION, correctText);
    }

    /** The user's next message, when it reacts to the answer ("no, shorter"). */
    public static FeedbackEvent followUp(String interactionId, String text) {
        return withText(interactionId, FeedbackType.FOLLOW_UP, text);
    }

    private static FeedbackEvent withText(String interactionId, FeedbackType type, String text) {
        return of(interactionId, type, Optional.empty(), Optional.empty(),
                Optional.of(requireNonNull(text, "text is null")), Optional.empty());
    }

    public static FeedbackEvent copy(String interactionId) {
        return plain(interactionId, FeedbackType.COPY);
    }

    public static FeedbackEvent accept(String interactionId) {
        return plain(interactionId, FeedbackType.ACCEPT);
    }

    public static FeedbackEvent regenerate(String interactionId) {
        return plain(interactionId, FeedbackType.REGENERATE);
    }

    public static FeedbackEvent abandon(String interactionId) {
        return plain(interactionId, FeedbackType.ABANDON);
    }

    /** The user chose one answer over another (side by side); the feedback is about the chosen one. */
    public static FeedbackEvent choice(String chosenInteractionId, String rejectedInteractionId) {
        return new FeedbackEvent(Checks.newId(), chosenInteractionId, Instant.now(), FeedbackType.CHOICE, Actor.user(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(chosenInteractionId), List.of(rejectedInteractionId), Map.of());
    }

    /** A business outcome, possibly days later: {@code outcome(id, "task_success", 1)}. */
    public static FeedbackEvent outcome(String interactionId, String name, double value) {
        return of(interactionId, FeedbackType.OUTCOME, Optional.of(value), Optional.empty(), Optional.empty(),
                Optional.of(Checks.requireId(name, "outcome name")));
    }

    /** The app's own id, so that a resend is stored once. */
    public FeedbackEvent withId(String newId) {
        return new FeedbackEvent(newId, interactionId, ts, type, actor, value, scale, text, name, reason, chosen,
                rejected, meta);
    }

    public FeedbackEvent withTs(Instant newTs) {
        return new FeedbackEvent(id, interactionId, newTs, type, actor, value, scale, text, name, reason, chosen,
                rejected, meta);
    }

    public FeedbackEvent withActor(Actor newActor) {
        return new FeedbackEvent(id, interactionId, ts, type, newActor, value, scale, text, name, reason, chosen,
                rejected, meta);
    }

    /** The end user who gave it; a null or empty id leaves them unnamed. */
    public FeedbackEvent withUser(String userId) {
        return withActor(Actor.user(userId));
    }

    /** Why, in the actor's words (a thumbs-down reason); null or empty means none. */
    public FeedbackEvent withReason(String newReason) {
        return new FeedbackEvent(id, interactionId, ts, type, actor, value, scale, text, name, Checks.optional(newReason),
                chosen, rejected, meta);
    }

    public FeedbackEvent withMeta(String key, String metaValue) {
        return new FeedbackEvent(id, interactionId, ts, type, actor, value, scale, text, name, reason, chosen,
                rejected, Checks.with(meta, key, metaValue));
    }
}
