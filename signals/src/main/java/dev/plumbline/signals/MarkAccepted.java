package dev.plumbline.signals;

import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Marks answers the user accepted or copied: the cheapest, most common sign that an answer was used.
 *
 * <p>Before: interaction {@code i-1}; feedback {@code f-1 {type: copy, interaction_id: i-1}}.
 * After: signal {@code copied} on {@code i-1}, positive, sources {@code [i-1, f-1]}.
 */
public final class MarkAccepted implements SignalRule {
    @Override
    public String name() {
        return "MarkAccepted";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public List<Signal> apply(Session session) {
        return session.feedback().stream()
                .filter(f -> f.type() == FeedbackType.ACCEPT || f.type() == FeedbackType.COPY)
                .filter(f -> session.interaction(f.interactionId()).isPresent())
                .map(f -> signal(session, f))
                .collect(Collectors.toList());
    }

    private Signal signal(Session session, Feedback feedback) {
        SignalType type = feedback.type() == FeedbackType.COPY ? SignalType.COPIED : SignalType.ACCEPTED;
        return Signal.of(this, type, feedback.interactionId(), session, feedback.ts(), Polarity.POSITIVE,
                List.of(feedback.interactionId(), feedback.id()));
    }
}
