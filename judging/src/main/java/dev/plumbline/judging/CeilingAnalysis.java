package dev.plumbline.judging;

import dev.plumbline.stats.CohenKappa;
import dev.plumbline.stats.RatedUnit;
import dev.plumbline.stats.Ratings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes {@link HumanCeiling}: on the pairs the judge gave a parsed verdict, the judge against each
 * human label next to each human label against every other one.
 */
final class CeilingAnalysis {
    private static final String JUDGE = "\u0000judge";

    private CeilingAnalysis() {
    }

    static HumanCeiling of(Map<String, Verdict> verdicts, List<PairLabel> humans) {
        Map<String, Map<String, String>> humanValues = ReferenceLabels.byRater(humans);
        List<RatedUnit> units = new ArrayList<>();
        for (Verdict verdict : verdicts.values()) {
            Map<String, String> values = humanValues.get(verdict.subject());
            if (verdict.value().isPresent() && values != null) {
                Map<String, String> withJudge = new TreeMap<>(values);
                withJudge.put(JUDGE, verdict.value().get());
                units.add(new RatedUnit(verdict.subject(), withJudge));
            }
        }
        Ratings ratings = new Ratings(units);
        List<String> annotators = ratings.raters().stream().filter(r -> !r.equals(JUDGE)).toList();
        long[] human = new long[2];
        long[] judge = new long[2];
        for (RatedUnit unit : units) {
            List<String> values = unit.values().entrySet().stream().filter(e -> !e.getKey().equals(JUDGE))
                    .map(Map.Entry::getValue).toList();
            String judged = unit.values().get(JUDGE);
            for (int i = 0; i < values.size(); i++) {
                tally(judge, judged.equals(values.get(i)));
                for (int j = i + 1; j < values.size(); j++) {
                    tally(human, values.get(i).equals(values.get(j)));
                }
            }
        }
        double humanAgreement = rate(human);
        double judgeAgreement = rate(judge);
        return new HumanCeiling(units.size(), annotators.size(), (int) human[1], humanAgreement,
                humanKappa(ratings, annotators), (int) judge[1], judgeAgreement, judgeKappa(ratings, annotators),
                humanAgreement - judgeAgreement);
    }

    private static double humanKappa(Ratings ratings, List<String> annotators) {
        List<Double> kappas = new ArrayList<>();
        for (int i = 0; i < annotators.size(); i++) {
            for (int j = i + 1; j < annotators.size(); j++) {
                kappas.add(kappa(ratings, annotators.get(i), annotators.get(j)));
            }
        }
        return mean(kappas);
    }

    private static double judgeKappa(Ratings ratings, List<String> annotators) {
        return mean(annotators.stream().map(annotator -> kappa(ratings, annotator, JUDGE)).toList());
    }

    private static double kappa(Ratings ratings, String first, String second) {
        List<List<String>> aligned = ratings.aligned(first, second);
        return aligned.get(0).isEmpty() ? Double.NaN : CohenKappa.of(aligned.get(0), aligned.get(1));
    }

    /** The mean of the defined kappas (a pair of raters who never overlap, or never vary, has none). */
    private static double mean(List<Double> kappas) {
        return kappas.stream().filter(k -> !k.isNaN()).mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    private static void tally(long[] counts, boolean agree) {
        counts[0] += agree ? 1 : 0;
        counts[1]++;
    }

    private static double rate(long[] counts) {
        return counts[1] == 0 ? Double.NaN : (double) counts[0] / counts[1];
    }
}
