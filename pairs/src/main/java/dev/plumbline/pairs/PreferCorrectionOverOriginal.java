package dev.plumbline.pairs;

import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
import dev.plumbline.signals.Session;
import dev.plumbline.signals.Signal;
import dev.plumbline.signals.TextDistance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prefers a correction (what the answer should have said, written by a user or an annotator) over
 * the answer. A correction is an explicit judgement, so its origin is its author's (human, or AI for
 * a judge) and its confidence 0.9. A "correction" equal to the answer up to white space and case is
 * skipped.
 *
 * <p>Before: {@code i-1 "Paris is the capital of Italy."}, correction {@code f-1 "Rome is the capital
 * of Italy."}. After: pair chosen {@code f-1}'s text, rejected {@code i-1}'s, origin human.
 */
public final class PreferCorrectionOverOriginal implements PairRule {
    static final double CONFIDENCE = 0.9;

    @Override
    public String name() {
        return "PreferCorrectionOverOriginal";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public PairYield apply(Session session, List<Signal> signals) {
        List<Pair> pairs = new ArrayList<>();
        List<Skip> skips = new ArrayList<>();
        for (Feedback correction : session.feedback()) {
            Optional<Interaction> original = session.interaction(correction.interactionId());
            if (correction.type() != FeedbackType.CORRECTION || correction.text().isEmpty() || original.isEmpty()) {
                continue;
            }
            List<String> sources = List.of(original.get().id(), correction.id());
            String text = correction.text().get();
            if (TextDistance.normalize(text).equals(TextDistance.normalize(original.get().completion()))) {
                skips.add(skip(sources, "the correction equals the answer"));
            } else {
                pairs.add(pair(original.get(), Side.written(correction.id(), text), Side.of(original.get()), CONFIDENCE,
                        sources, List.of(LabelSource.explicit(correction.id(), correction.actor())), session));
            }
        }
        return new PairYield(pairs, skips);
    }
}
