package dev.plumbline.pairs;

import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.signals.Polarity;
import dev.plumbline.signals.Session;
import dev.plumbline.signals.Signal;
import dev.plumbline.signals.SignalType;
import java.util.List;
import java.util.Optional;

/**
 * What the evidence in a session says about one answer: whether anything speaks for it or against
 * it. Silent abandonment is too weak to count either way (people also leave satisfied).
 */
final class AnswerEvidence {
    private AnswerEvidence() {
    }

    static boolean speaksFor(String interactionId, Session session, List<Signal> signals) {
        return signals.stream().anyMatch(s -> s.interactionId().equals(interactionId) && s.polarity() == Polarity.POSITIVE)
                || thumbs(interactionId, session).map(v -> v > 0).orElse(false);
    }

    static boolean speaksAgainst(String interactionId, Session session, List<Signal> signals) {
        return signals.stream().anyMatch(s -> s.interactionId().equals(interactionId) && against(s))
                || thumbs(interactionId, session).map(v -> v < 0).orElse(false);
    }

    private static boolean against(Signal signal) {
        boolean silentAbandon = signal.type() == SignalType.ABANDONED && signal.detail().equals(Optional.of("silent"));
        return signal.polarity() == Polarity.NEGATIVE && !silentAbandon;
    }

    /** The latest thumbs value on the answer: people change their minds, the last click counts. */
    static Optional<Double> thumbs(String interactionId, Session session) {
        Optional<Double> latest = Optional.empty();
        for (Feedback feedback : session.feedbackOn(interactionId)) {
            if (feedback.type() == FeedbackType.THUMBS && feedback.value().isPresent()) {
                latest = feedback.value();
            }
        }
        return latest;
    }

    static Optional<Feedback> latestThumbs(String interactionId, Session session) {
        Optional<Feedback> latest = Optional.empty();
        for (Feedback feedback : session.feedbackOn(interactionId)) {
            if (feedback.type() == FeedbackType.THUMBS && feedback.value().isPresent()) {
                latest = Optional.of(feedback);
            }
        }
        return latest;
    }
}
