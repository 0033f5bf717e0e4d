package dev.plumbline.signals;

import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
import java.util.ArrayList;
import java.util.List;

/**
 * Marks answers the user regenerated away: the earlier answer lost. Evidence is an interaction whose
 * {@code regenerates} names it, or a {@code regenerate} feedback on it; one signal per lost answer
 * names all of that evidence.
 *
 * <p>Before: interactions {@code i-1} and {@code i-2 {regenerates: i-1}}. After: signal {@code
 * regenerated} on {@code i-1}, negative, sources {@code [i-1, i-2]}.
 */
public final class MarkRegeneratedAway implements SignalRule {
    @Override
    public String name() {
        return "MarkRegeneratedAway";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public List<Signal> apply(Session session) {
        List<Signal> signals = new ArrayList<>();
        for (Interaction lost : session.interactions()) {
            List<String> evidence = evidence(session, lost);
            if (!evidence.isEmpty()) {
                List<String> sources = new ArrayList<>();
                sources.add(lost.id());
                sources.addAll(evidence);
                signals.add(Signal.of(this, SignalType.REGENERATED, lost.id(), session, lost.ts(), Polarity.NEGATIVE,
                        sources));
            }
        }
        return signals;
    }

    private static List<String> evidence(Session session, Interaction lost) {
        List<String> evidence = new ArrayList<>();
        session.regenerationsOf(lost.id()).forEach(i -> evidence.add(i.id()));
        for (Feedback feedback : session.feedbackOn(lost.id())) {
            if (feedback.type() == FeedbackType.REGENERATE) {
                evidence.add(feedback.id());
            }
        }
        return evidence;
    }
}
