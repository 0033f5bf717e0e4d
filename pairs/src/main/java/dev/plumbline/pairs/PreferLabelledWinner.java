package dev.plumbline.pairs;

import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.signals.Session;
import dev.plumbline.signals.Signal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns pairwise labels (annotators', judges') into pairs: the labels on one subject vote, the
 * plurality wins, and the confidence is the winner's share of the votes, times 0.9 when only AI
 * judges voted. A plurality of {@code tie}, or A and B level, makes a tie pair (counted, then removed
 * by the ties filter). Unparsed judge outputs do not vote. Both interactions must be in the session
 * and answer the same conversation.
 *
 * <p>Before: {@code i-1}, {@code i-2}; labels on pair [i-1, i-2]: B by annotator a-1, B by a-2, A
 * by judge j-1. After: pair chosen {@code i-2}, rejected {@code i-1}, confidence 0.67, origin human.
 */
public final class PreferLabelledWinner implements PairRule {
    static final double AI_ONLY_DISCOUNT = 0.9;

    @Override
    public String name() {
        return "PreferLabelledWinner";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public PairYield apply(Session session, List<Signal> signals) {
        Map<LabelSubject.Pair, List<Label>> bySubject = new LinkedHashMap<>();
        for (Label label : session.labels()) {
            if (label.subject() instanceof LabelSubject.Pair && !label.unparsed()) {
                bySubject.computeIfAbsent((LabelSubject.Pair) label.subject(), k -> new ArrayList<>()).add(label);
            }
        }
        PairYield yield = PairYield.NONE;
        for (Map.Entry<LabelSubject.Pair, List<Label>> entry : bySubject.entrySet()) {
            yield = yield.plus(vote(session, entry.getKey(), entry.getValue()));
        }
        return yield;
    }

    private PairYield vote(Session session, LabelSubject.Pair subject, List<Label> labels) {
        List<String> sources = new ArrayList<>(List.of(subject.first(), subject.second()));
        labels.forEach(l -> sources.add(l.id()));
        Optional<Interaction> first = session.interaction(subject.first());
        Optional<Interaction> second = session.interaction(subject.second());
        if (first.isEmpty() || second.isEmpty()) {
            return new PairYield(List.of(), List.of(skip(sources, "a labelled interaction is not in the session")));
        }
        if (!first.get().messages().equals(second.get().messages())) {
            return new PairYield(List.of(), List.of(skip(sources, "the labelled answers answer different conversations")));
        }
        return new PairYield(List.of(tally(session, first.get(), second.get(), labels, sources)), List.of());
    }

    private Pair tally(Session session, Interaction first, Interaction second, List<Label> labels, List<String> sources) {
        long a = labels.stream().filter(l -> l.value().equals("A")).count();
        long b = labels.stream().filter(l -> l.value().equals("B")).count();
        long ties = labels.size() - a - b;
        List<LabelSource> votes = labels.stream().map(l -> LabelSource.explicit(l.id(), l.actor())).toList();
        boolean aiOnly = votes.stream().allMatch(v -> v.origin() == LabelOrigin.AI);
        double confidence = (double) Math.max(a, Math.max(b, ties)) / labels.size() * (aiOnly ? AI_ONLY_DISCOUNT : 1);
        Interaction winner = b > a ? second : first;
        Interaction loser = b > a ? first : second;
        Pair pair = pair(first, Side.of(winner), Side.of(loser), confidence, sources, votes, session);
        boolean tie = a == b || ties >= Math.max(a, b);
        return tie ? new Pair(pair.id(), pair.prompt(), pair.chosen(), pair.rejected(), true, pair.confidence(),
                pair.sessionId(), pair.userId(), pair.labelSources(), pair.provenance()) : pair;
    }
}
