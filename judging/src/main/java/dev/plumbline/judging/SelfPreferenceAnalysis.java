package dev.plumbline.judging;

import dev.plumbline.model.Interaction;
import dev.plumbline.stats.Bootstrap;
import dev.plumbline.stats.Interval;
import dev.plumbline.stats.McNemar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Computes {@link SelfPreference}: on pairs where exactly one answer's generator is of the judge's
 * family, how much more the judge gives to that answer than the reference does on the same pairs.
 */
final class SelfPreferenceAnalysis {
    private SelfPreferenceAnalysis() {
    }

    /** One pair where exactly one side is the judge's family: what the judge and the reference gave that side. */
    private record Paired(double judge, double reference) {
    }

    static Optional<SelfPreference> of(Optional<String> family, Map<String, Verdict> verdicts,
            Map<String, String> reference, Map<String, Interaction> interactions, Bootstrap bootstrap) {
        if (family.isEmpty()) {
            return Optional.empty();
        }
        int subjects = 0;
        double judgeShare = 0;
        List<Paired> paired = new ArrayList<>();
        for (Verdict verdict : verdicts.values()) {
            Optional<String> own = ownSide(family.get(), verdict, interactions);
            if (own.isEmpty() || verdict.value().isEmpty()) {
                continue;
            }
            subjects++;
            judgeShare += verdict.share(own.get());
            String expected = reference.get(verdict.subject());
            if (expected != null) {
                Verdict truth = new Verdict(verdict.subject(), verdict.first(), verdict.second(), Optional.of(expected), false);
                paired.add(new Paired(verdict.share(own.get()), truth.share(own.get())));
            }
        }
        if (subjects == 0) {
            return Optional.empty();
        }
        Interval gapInterval = bootstrap.interval(paired, SelfPreferenceAnalysis::gap);
        return Optional.of(new SelfPreference(family.get(), subjects, judgeShare / subjects, paired.size(),
                paired.stream().mapToDouble(Paired::reference).average().orElse(Double.NaN), gap(paired), gapInterval,
                mcNemar(paired)));
    }

    private static double gap(List<Paired> paired) {
        return paired.stream().mapToDouble(p -> p.judge() - p.reference()).average().orElse(Double.NaN);
    }

    /** Discordant pairs on "gave it to the own family" (a tie is not giving it). */
    private static double mcNemar(List<Paired> paired) {
        int onlyJudge = 0;
        int onlyReference = 0;
        for (Paired p : paired) {
            onlyJudge += p.judge() == 1 && p.reference() != 1 ? 1 : 0;
            onlyReference += p.judge() != 1 && p.reference() == 1 ? 1 : 0;
        }
        return McNemar.exactPValue(onlyJudge, onlyReference);
    }

    private static Optional<String> ownSide(String family, Verdict verdict, Map<String, Interaction> interactions) {
        Interaction firstAnswer = interactions.get(verdict.first());
        Interaction secondAnswer = interactions.get(verdict.second());
        if (firstAnswer == null || secondAnswer == null) {
            return Optional.empty();
        }
        boolean first = ofFamily(firstAnswer, family);
        boolean second = ofFamily(secondAnswer, family);
        if (first == second) {
            return Optional.empty();
        }
        return Optional.of(first ? verdict.first() : verdict.second());
    }

    private static boolean ofFamily(Interaction interaction, String family) {
        return interaction.model().family()
                .map(f -> f.toLowerCase(Locale.ROOT).equals(family.toLowerCase(Locale.ROOT))).orElse(false);
    }
}
