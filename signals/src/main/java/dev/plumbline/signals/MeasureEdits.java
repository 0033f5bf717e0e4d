package dev.plumbline.signals;

import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Measures each edit as the normalized edit distance between the answer and the user's final text,
 * and applies the code assistants' "kept" test: an answer whose final text differs by less than
 * {@code keptShare} (default 33%) was kept, so the edit speaks for it; a larger edit speaks against.
 *
 * <p>Before: interaction {@code i-1} completing {@code "Dear customer, your refund is on its way."};
 * feedback {@code f-1 {type: edit, text: "Dear Ms Lee, your refund is on its way."}}. After: signal
 * {@code edited} on {@code i-1}, value 0.22, detail {@code kept}, positive, sources {@code [i-1, f-1]}.
 */
public final class MeasureEdits implements SignalRule {
    private final double keptShare;

    public MeasureEdits(double keptShare) {
        this.keptShare = keptShare;
    }

    @Override
    public String name() {
        return "MeasureEdits";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public List<Signal> apply(Session session) {
        List<Signal> signals = new ArrayList<>();
        for (Feedback feedback : session.feedback()) {
            Optional<Interaction> edited = session.interaction(feedback.interactionId());
            if (feedback.type() == FeedbackType.EDIT && feedback.text().isPresent() && edited.isPresent()) {
                signals.add(signal(session, edited.get(), feedback));
            }
        }
        return signals;
    }

    private Signal signal(Session session, Interaction edited, Feedback feedback) {
        double distance = TextDistance.normalizedDistance(edited.completion(), feedback.text().orElseThrow());
        boolean kept = distance < keptShare;
        return Signal.of(this, SignalType.EDITED, edited.id(), session, feedback.ts(),
                        kept ? Polarity.POSITIVE : Polarity.NEGATIVE, List.of(edited.id(), feedback.id()))
                .withValue(distance)
                .withDetail(kept ? "kept" : "rewritten");
    }
}
