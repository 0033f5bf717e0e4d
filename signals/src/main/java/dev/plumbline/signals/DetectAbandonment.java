package dev.plumbline.signals;

import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Marks answers after which the user did nothing within {@code abandonAfter}: no feedback of their
 * own (outcomes, which systems report, do not count; a side-by-side choice naming the answer does)
 * and no next question. Silence is judged against
 * the session's watermark, never a clock, so an answer too recent to judge is not marked. An
 * explicit {@code abandon} feedback marks its answer at once.
 *
 * <p>Before: interaction {@code i-1} at 10:00, nothing else, watermark 10:30, abandonAfter 10 min.
 * After: signal {@code abandoned} on {@code i-1}, detail {@code silent}, negative, sources {@code [i-1]}.
 */
public final class DetectAbandonment implements SignalRule {
    private final Duration abandonAfter;

    public DetectAbandonment(Duration abandonAfter) {
        this.abandonAfter = abandonAfter;
    }

    @Override
    public String name() {
        return "DetectAbandonment";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public List<Signal> apply(Session session) {
        List<Signal> signals = new ArrayList<>();
        for (Interaction interaction : session.interactions()) {
            explicit(session, interaction).or(() -> silent(session, interaction)).ifPresent(signals::add);
        }
        return signals;
    }

    private Optional<Signal> explicit(Session session, Interaction interaction) {
        return session.feedbackOn(interaction.id()).stream()
                .filter(f -> f.type() == FeedbackType.ABANDON)
                .findFirst()
                .map(f -> Signal.of(this, SignalType.ABANDONED, interaction.id(), session, f.ts(), Polarity.NEGATIVE,
                        List.of(interaction.id(), f.id())).withDetail("explicit"));
    }

    private Optional<Signal> silent(Session session, Interaction interaction) {
        Instant deadline = interaction.ts().plus(abandonAfter);
        if (session.watermark().isBefore(deadline) || actedBefore(session, interaction, deadline)) {
            return Optional.empty();
        }
        return Optional.of(Signal.of(this, SignalType.ABANDONED, interaction.id(), session, deadline,
                Polarity.NEGATIVE, List.of(interaction.id())).withDetail("silent"));
    }

    private static boolean actedBefore(Session session, Interaction interaction, Instant deadline) {
        boolean nextQuestion = session.next(interaction).map(next -> !next.ts().isAfter(deadline)).orElse(false);
        return nextQuestion || session.feedbackAbout(interaction.id()).stream().anyMatch(f -> isAction(f, deadline));
    }

    private static boolean isAction(Feedback feedback, Instant deadline) {
        return feedback.type() != FeedbackType.OUTCOME && feedback.actor().role() == ActorRole.USER
                && !feedback.ts().isAfter(deadline);
    }
}
