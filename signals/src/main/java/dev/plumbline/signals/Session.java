package dev.plumbline.signals;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.Feedback;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One session: its interactions in time order, every feedback about them (however late it arrived)
 * and the labels whose subject starts with one of them. {@code watermark} is the latest time the
 * input is known to be complete up to; rules that reason about silence ("nothing happened for ten
 * minutes") compare against it and never against a clock. Immutable and thread-safe.
 */
public record Session(
        String id,
        Optional<String> userId,
        List<Interaction> interactions,
        List<Feedback> feedback,
        List<Label> labels,
        Instant watermark) {
    private static final Comparator<Interaction> INTERACTION_ORDER =
            Comparator.comparing(Interaction::ts).thenComparing(Interaction::id);
    private static final Comparator<Feedback> FEEDBACK_ORDER =
            Comparator.comparing(Feedback::ts).thenComparing(Feedback::id);

    public Session {
        requireNonNull(id, "id is null");
        requireNonNull(userId, "userId is null");
        interactions = sorted(interactions, INTERACTION_ORDER);
        feedback = sorted(feedback, FEEDBACK_ORDER);
        labels = sorted(labels, Comparator.comparing(Label::ts).thenComparing(Label::id));
        requireNonNull(watermark, "watermark is null");
    }

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        return requireNonNull(items, "list is null").stream().sorted(order).collect(Collectors.toUnmodifiableList());
    }

    /** The feedback about one interaction, in time order. */
    public List<Feedback> feedbackOn(String interactionId) {
        return feedback.stream().filter(f -> f.interactionId().equals(interactionId)).collect(Collectors.toList());
    }

    /** The feedback about one interaction, including side-by-side choices that name it as a side. */
    public List<Feedback> feedbackAbout(String interactionId) {
        return feedback.stream().filter(f -> f.interactionId().equals(interactionId)
                || f.chosen().contains(interactionId) || f.rejected().contains(interactionId))
                .collect(Collectors.toList());
    }

    /** Whether a choice feedback put the two interactions side by side. */
    public boolean sideBySide(String first, String second) {
        return feedback.stream().anyMatch(f -> {
            List<String> sides = new java.util.ArrayList<>(f.chosen());
            sides.addAll(f.rejected());
            return sides.contains(first) && sides.contains(second);
        });
    }

    public Optional<Interaction> interaction(String interactionId) {
        return interactions.stream().filter(i -> i.id().equals(interactionId)).findFirst();
    }

    /** The interaction that directly follows the given one in this session. */
    public Optional<Interaction> next(Interaction interaction) {
        int index = interactions.indexOf(interaction);
        return index >= 0 && index + 1 < interactions.size() ? Optional.of(interactions.get(index + 1)) : Optional.empty();
    }

    /** The interactions that name the given one in {@code regenerates}. */
    public List<Interaction> regenerationsOf(String interactionId) {
        return interactions.stream()
                .filter(i -> i.regenerates().map(interactionId::equals).orElse(false))
                .collect(Collectors.toList());
    }

    /** How many records (interactions, feedback and labels) the session holds. */
    public int size() {
        return interactions.size() + feedback.size() + labels.size();
    }

    /** Every record id of the session, interactions first. */
    public Stream<String> recordIds() {
        return Stream.of(interactions.stream().map(Interaction::id), feedback.stream().map(Feedback::id),
                labels.stream().map(Label::id)).flatMap(s -> s);
    }
}
