package dev.plumbline.signals;

import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Joins {@code outcome} feedback (task success, escalation, retention) to its interaction, however
 * long after the session it arrived: sessions are joined by interaction id, not by time. A positive
 * value is good news unless the outcome's name is one of the configured negative outcomes (such as
 * {@code escalation}), where it is bad news and a zero is neutral.
 *
 * <p>Before: interaction {@code i-1} on Monday; feedback {@code f-9 {type: outcome, name:
 * retained_7d, value: 1}} the next Monday. After: signal {@code outcome} on {@code i-1}, value 1,
 * detail {@code retained_7d}, positive, sources {@code [i-1, f-9]}.
 */
public final class JoinOutcomes implements SignalRule {
    private final Set<String> negativeOutcomes;

    public JoinOutcomes(Set<String> negativeOutcomes) {
        this.negativeOutcomes = Set.copyOf(negativeOutcomes);
    }

    @Override
    public String name() {
        return "JoinOutcomes";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public List<Signal> apply(Session session) {
        return session.feedback().stream()
                .filter(f -> f.type() == FeedbackType.OUTCOME && f.name().isPresent() && f.value().isPresent())
                .filter(f -> session.interaction(f.interactionId()).isPresent())
                .map(f -> signal(session, f))
                .collect(Collectors.toList());
    }

    private Signal signal(Session session, Feedback outcome) {
        String name = outcome.name().orElseThrow();
        double value = outcome.value().orElseThrow();
        return Signal.of(this, SignalType.OUTCOME, outcome.interactionId(), session, outcome.ts(),
                        polarity(name, value), List.of(outcome.interactionId(), outcome.id()))
                .withValue(value)
                .withDetail(name);
    }

    private Polarity polarity(String name, double value) {
        if (negativeOutcomes.contains(name)) {
            return value > 0 ? Polarity.NEGATIVE : Polarity.NEUTRAL;
        }
        return value > 0 ? Polarity.POSITIVE : Polarity.NEGATIVE;
    }
}
