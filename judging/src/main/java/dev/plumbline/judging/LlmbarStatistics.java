package dev.plumbline.judging;

import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.stats.CohenKappa;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The nine fields of LLMBar's {@code statistics.json}, computed with the authors' conventions so that
 * the published numbers come out exactly. Their script ({@code LLMEvaluator/evaluate.py}) counts an
 * order-pair as {@code equal} when both verdicts are unparsed, and computes its kappas on recoded
 * values: a verdict becomes 1 if it picked output 1 and 0 otherwise (output 2 and unparsed alike),
 * compared against the gold label left as 1 or 2. Those kappas are therefore not Cohen's kappa of
 * verdict against gold; {@link JudgeAudit} reports that one. This class exists to reproduce theirs.
 */
public record LlmbarStatistics(int n, int correctOriginal, int correctSwapped, int correctBoth, int equal,
        double kappaOriginal, double kappaSwapped, double kappaAverage, double kappaAgreement) {

    /**
     * From one judge's labels in both orders ({@code original}: output 1 shown first) and the gold
     * labels; pairs without a gold label or without both orders are skipped.
     */
    public static LlmbarStatistics of(List<Label> judgeLabels, List<Label> goldLabels) {
        Map<String, String> gold = ReferenceLabels.majority(pairs(goldLabels));
        Map<String, PairLabel[]> byPair = new LinkedHashMap<>();
        for (PairLabel label : pairs(judgeLabels)) {
            int slot = label.presentation() == PairLabel.Presentation.LISTED ? 0 : 1;
            byPair.computeIfAbsent(label.subject(), s -> new PairLabel[2])[slot] = label;
        }
        Tally tally = new Tally();
        byPair.forEach((subject, orders) -> {
            if (gold.containsKey(subject) && orders[0] != null && orders[1] != null) {
                tally.add(orders[0], orders[1], gold.get(subject));
            }
        });
        double kappaOriginal = CohenKappa.of(tally.original, tally.gold);
        double kappaSwapped = CohenKappa.of(tally.swapped, tally.gold);
        return new LlmbarStatistics(tally.gold.size(), tally.correctOriginal, tally.correctSwapped, tally.correctBoth,
                tally.equal, kappaOriginal, kappaSwapped, (kappaOriginal + kappaSwapped) / 2,
                CohenKappa.of(tally.original, tally.swapped));
    }

    private static List<PairLabel> pairs(List<Label> labels) {
        return labels.stream().map(PairLabel::of).flatMap(Optional::stream).toList();
    }

    /** Counts and recoded label lists over the pairs, in input order. */
    private static final class Tally {
        final List<String> original = new ArrayList<>();
        final List<String> swapped = new ArrayList<>();
        final List<String> gold = new ArrayList<>();
        int correctOriginal;
        int correctSwapped;
        int correctBoth;
        int equal;

        void add(PairLabel first, PairLabel second, String expected) {
            boolean firstRight = first.value().equals(Optional.of(expected));
            boolean secondRight = second.value().equals(Optional.of(expected));
            correctOriginal += firstRight ? 1 : 0;
            correctSwapped += secondRight ? 1 : 0;
            correctBoth += firstRight && secondRight ? 1 : 0;
            equal += first.value().equals(second.value()) ? 1 : 0;
            original.add(recoded(first));
            swapped.add(recoded(second));
            gold.add(outputIndex(first, expected));
        }

        /** The authors' {@code int(w) if w in ("0", "1") else 0}: 1 for output 1, 0 for anything else. */
        private static String recoded(PairLabel label) {
            return label.value().map(value -> outputIndex(label, value)).filter("1"::equals).orElse("0");
        }

        /** A canonical value as LLMBar's output index: 1 for the label's own first id, 2 for its second. */
        private static String outputIndex(PairLabel label, String canonicalValue) {
            String picked = canonicalValue.equals("A") ? label.first() : label.second();
            return picked.equals(((LabelSubject.Pair) label.label().subject()).first()) ? "1" : "2";
        }
    }
}
