package dev.plumbline.pairs;

import dev.plumbline.model.Interaction;
import dev.plumbline.signals.Session;
import dev.plumbline.signals.Signal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Prefers the answer the user kept over each answer they regenerated away. Following the chain of
 * {@code regenerates} links to its end gives the kept answer; when anything speaks against that one
 * too (a thumbs-down, a rewrite, a rephrased question), nothing was kept and the chain is skipped.
 * Confidence is 0.6, or 0.85 when something also speaks for the kept answer (a copy, an accept, a
 * small edit, a thumbs-up, a good outcome).
 *
 * <p>Before: {@code i-1 "Cat."}, {@code i-2 {regenerates: i-1} "Whiskers."}, copy of {@code i-2}.
 * After: pair chosen {@code i-2}, rejected {@code i-1}, confidence 0.85, origin implicit.
 */
public final class PreferKeptOverRegenerated implements PairRule {
    static final double BASE_CONFIDENCE = 0.6;
    static final double CONFIRMED_CONFIDENCE = 0.85;

    @Override
    public String name() {
        return "PreferKeptOverRegenerated";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public PairYield apply(Session session, List<Signal> signals) {
        List<Pair> pairs = new ArrayList<>();
        List<Skip> skips = new ArrayList<>();
        for (Interaction lost : session.interactions()) {
            if (session.regenerationsOf(lost.id()).isEmpty()) {
                continue;
            }
            Interaction kept = keptAfter(lost, session);
            List<String> sources = List.of(lost.id(), kept.id());
            if (AnswerEvidence.speaksAgainst(kept.id(), session, signals)) {
                skips.add(skip(sources, "the last regeneration was not kept either"));
            } else {
                double confidence = AnswerEvidence.speaksFor(kept.id(), session, signals)
                        ? CONFIRMED_CONFIDENCE : BASE_CONFIDENCE;
                pairs.add(pair(kept, Side.of(kept), Side.of(lost), confidence, sources,
                        List.of(LabelSource.implicit(kept.id(), kept.userId())), session));
            }
        }
        return new PairYield(pairs, skips);
    }

    /** The end of the regeneration chain starting at {@code lost}: the latest regeneration, repeatedly. */
    private static Interaction keptAfter(Interaction lost, Session session) {
        Interaction current = lost;
        for (int step = 0; step <= session.interactions().size(); step++) {
            List<Interaction> next = session.regenerationsOf(current.id());
            if (next.isEmpty()) {
                return current;
            }
            current = next.stream().max(Comparator.comparing(Interaction::ts).thenComparing(Interaction::id))
                    .orElseThrow();
        }
        return current;
    }
}
