package dev.plumbline.pairs;

import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
import dev.plumbline.signals.Session;
import dev.plumbline.signals.Signal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prefers the chosen side of a side-by-side {@code choice} over each rejected side. Both sides must
 * answer the same conversation (equal messages); a choice between answers to different
 * conversations is not a preference over one prompt and is skipped with that reason. Confidence 0.9
 * for a person's choice, 0.7 for a judge's.
 *
 * <p>Before: {@code i-1} and {@code i-2} answering the same messages; feedback {@code f-1 {type:
 * choice, chosen: [i-2], rejected: [i-1]}}. After: pair chosen {@code i-2}, rejected {@code i-1}.
 */
public final class PreferChosenInChoice implements PairRule {
    static final double HUMAN_CONFIDENCE = 0.9;
    static final double JUDGE_CONFIDENCE = 0.7;

    @Override
    public String name() {
        return "PreferChosenInChoice";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public PairYield apply(Session session, List<Signal> signals) {
        PairYield yield = PairYield.NONE;
        for (Feedback choice : session.feedback()) {
            if (choice.type() == FeedbackType.CHOICE) {
                for (String chosen : choice.chosen()) {
                    for (String rejected : choice.rejected()) {
                        yield = yield.plus(pairOf(session, choice, chosen, rejected));
                    }
                }
            }
        }
        return yield;
    }

    private PairYield pairOf(Session session, Feedback choice, String chosenId, String rejectedId) {
        List<String> sources = List.of(chosenId, rejectedId, choice.id());
        Optional<Interaction> chosen = session.interaction(chosenId);
        Optional<Interaction> rejected = session.interaction(rejectedId);
        if (chosen.isEmpty() || rejected.isEmpty()) {
            return new PairYield(List.of(), List.of(skip(sources, "a side of the choice is not in the session")));
        }
        if (!chosen.get().messages().equals(rejected.get().messages())) {
            return new PairYield(List.of(), List.of(skip(sources, "the sides answer different conversations")));
        }
        double confidence = choice.actor().role() == ActorRole.JUDGE ? JUDGE_CONFIDENCE : HUMAN_CONFIDENCE;
        Pair pair = pair(chosen.get(), Side.of(chosen.get()), Side.of(rejected.get()), confidence, sources,
                List.of(LabelSource.explicit(choice.id(), choice.actor())), session);
        return new PairYield(List.of(pair), List.of());
    }
}
