package dev.plumbline.signals;

import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Marks answers the user answered by asking nearly the same thing again soon after: the answer
 * failed. The next question counts when it comes within {@code within}, does not regenerate the
 * answer (that is {@link MarkRegeneratedAway}'s evidence) and is at least {@code minSimilarity}
 * alike by {@link TextDistance#similarity}; a {@code follow_up} feedback's text counts the same way.
 *
 * <p>Before: {@code i-1 "how do I reverse a list in python"} at 10:00, {@code i-2 "how to reverse a
 * python list"} at 10:01. After: signal {@code rephrased} on {@code i-1}, value = similarity,
 * negative, sources {@code [i-1, i-2]}.
 */
public final class DetectRephrasedFollowUp implements SignalRule {
    private final Duration within;
    private final double minSimilarity;

    public DetectRephrasedFollowUp(Duration within, double minSimilarity) {
        this.within = within;
        this.minSimilarity = minSimilarity;
    }

    @Override
    public String name() {
        return "DetectRephrasedFollowUp";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public List<Signal> apply(Session session) {
        List<Signal> signals = new ArrayList<>();
        for (Interaction interaction : session.interactions()) {
            nextQuestion(session, interaction).or(() -> followUp(session, interaction)).ifPresent(signals::add);
        }
        return signals;
    }

    private Optional<Signal> nextQuestion(Session session, Interaction interaction) {
        return session.next(interaction)
                .filter(next -> next.ts().isAfter(interaction.ts()))
                .filter(next -> !next.regenerates().map(interaction.id()::equals).orElse(false))
                .filter(next -> !session.sideBySide(interaction.id(), next.id()))
                .flatMap(next -> rephrasing(session, interaction, next.lastUserMessage(), next.ts(), next.id()));
    }

    private Optional<Signal> followUp(Session session, Interaction interaction) {
        for (Feedback feedback : session.feedbackOn(interaction.id())) {
            if (feedback.type() == FeedbackType.FOLLOW_UP && feedback.text().isPresent()) {
                Optional<Signal> signal = rephrasing(session, interaction, feedback.text().get(), feedback.ts(),
                        feedback.id());
                if (signal.isPresent()) {
                    return signal;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Signal> rephrasing(Session session, Interaction interaction, String question, Instant at,
            String evidence) {
        String asked = interaction.lastUserMessage();
        if (asked.isBlank() || question.isBlank() || at.isAfter(interaction.ts().plus(within))) {
            return Optional.empty();
        }
        return TextDistance.similarityAtLeast(asked, question, minSimilarity).map(similarity -> Signal.of(this,
                SignalType.REPHRASED, interaction.id(), session, at, Polarity.NEGATIVE,
                List.of(interaction.id(), evidence)).withValue(similarity));
    }
}
