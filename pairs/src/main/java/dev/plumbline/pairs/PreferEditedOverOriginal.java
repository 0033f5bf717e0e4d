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
 * Prefers the user's edited text over the answer it started from, but only for a substantive edit:
 * one that changes more than white space and case, and more than {@code maxTypoEdits} characters
 * (a fixed typo teaches a preference model nothing). Confidence 0.8: the user did the work.
 *
 * <p>Before: {@code i-1 "Dear customer, your refund is on its way."}, edit {@code f-1 "Dear Ms Lee,
 * your refund is on its way."}. After: pair chosen {@code f-1}'s text, rejected {@code i-1}'s, origin
 * implicit. An edit of {@code "its"} to {@code "it's"} is skipped as a typo.
 */
public final class PreferEditedOverOriginal implements PairRule {
    static final double CONFIDENCE = 0.8;
    private final int maxTypoEdits;

    public PreferEditedOverOriginal(int maxTypoEdits) {
        this.maxTypoEdits = maxTypoEdits;
    }

    @Override
    public String name() {
        return "PreferEditedOverOriginal";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public PairYield apply(Session session, List<Signal> signals) {
        List<Pair> pairs = new ArrayList<>();
        List<Skip> skips = new ArrayList<>();
        for (Feedback edit : session.feedback()) {
            Optional<Interaction> original = session.interaction(edit.interactionId());
            if (edit.type() != FeedbackType.EDIT || edit.text().isEmpty() || original.isEmpty()) {
                continue;
            }
            List<String> sources = List.of(original.get().id(), edit.id());
            if (substantive(original.get().completion(), edit.text().get())) {
                pairs.add(pair(original.get(), Side.written(edit.id(), edit.text().get()), Side.of(original.get()),
                        CONFIDENCE, sources, List.of(LabelSource.implicit(edit.id(), edit.actor().id())), session));
            } else {
                skips.add(skip(sources, "the edit only fixed white space, case or a typo"));
            }
        }
        return new PairYield(pairs, skips);
    }

    boolean substantive(String original, String edited) {
        if (TextDistance.normalize(original).equals(TextDistance.normalize(edited))) {
            return false;
        }
        return TextDistance.levenshteinAtMost(TextDistance.collapseWhitespace(original),
                TextDistance.collapseWhitespace(edited), maxTypoEdits) > maxTypoEdits;
    }
}
