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
        // Loops, not streams, here and below: the rules call these per interaction, millions of times.
        List<Feedback> about = new java.util.ArrayList<>();
        for (Feedback f : feedback) {
            if (f.interactionId().equals(interactionId)) {
                about.add(f);
            }
        }
        return about;
    }

    /** The feedback about one interaction, including side-by-side choices that name it as a side. */
    public List<Feedback> feedbackAbout(String interactionId) {
        return feedback.stream().filter(f -> f.interactionId().equals(interactionId)
                || f.chosen().contains(interactionId) || f.rejected().contains(interactionId))
                .collect(Collectors.toList());
    }

    /** Whether a choice feedback put the two interactions side by side. */
    public boolean sideBySide(String first, String second) {
        for (Feedback f : feedback) {
            boolean hasFirst = f.chosen().contains(first) || f.rejected().contains(first);
            if (hasFirst && (f.chosen().contains(second) || f.rejected().contains(second))) {
                return true;
            }
        }
        return false;
    }

    public Optional<Interaction> interaction(String interactionId) {
        for (Interaction i : interactions) {
            if (i.id().equals(interactionId)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The interaction that directly follows the given one in this session. */
    public Optional<Interaction> next(Interaction interaction) {
        int index = interactions.indexOf(interaction);
        return index >= 0 && index + 1 < interactions.size() ? Optional.of(interactions.get(index + 1)) : Optional.empty();
    }

    /** The interactions that name the given one in {@code regenerates}. */
    public List<Interaction> regenerationsOf(String interactionId) {
        List<Interaction> regenerations = new java.util.ArrayList<>();
        for (Interaction i : interactions) {
            if (i.regenerates().isPresent() && i.regenerates().get().equals(interactionId)) {
                regenerations.add(i);
            }
        }
        return regenerations;
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
