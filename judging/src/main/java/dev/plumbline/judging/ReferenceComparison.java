package dev.plumbline.judging;

import dev.plumbline.stats.CohenKappa;
import dev.plumbline.stats.WilsonInterval;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Computes {@link ReferenceAgreement}: a judge's resolved verdicts against the reference value of each pair. */
final class ReferenceComparison {
    private ReferenceComparison() {
    }

    static ReferenceAgreement of(Map<String, Verdict> verdicts, Map<String, String> reference, double level) {
        int subjects = 0;
        int unparsed = 0;
        int agree = 0;
        int decisive = 0;
        int decisiveAgree = 0;
        List<String> judged = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        for (Verdict verdict : verdicts.values()) {
            String expected = reference.get(verdict.subject());
            if (expected == null) {
                continue;
            }
            subjects++;
            if (verdict.value().isEmpty()) {
                unparsed++;
                continue;
            }
            String value = verdict.value().get();
            agree += value.equals(expected) ? 1 : 0;
            judged.add(value);
            truth.add(expected);
            if (!value.equals("tie") && !expected.equals("tie")) {
                decisive++;
                decisiveAgree += value.equals(expected) ? 1 : 0;
            }
        }
        return new ReferenceAgreement(subjects, unparsed, agree, subjects == 0 ? Double.NaN : (double) agree / subjects,
                WilsonInterval.of(agree, subjects, level), decisive, decisiveAgree,
                decisive == 0 ? Double.NaN : (double) decisiveAgree / decisive,
                judged.isEmpty() ? Double.NaN : CohenKappa.of(judged, truth));
    }
}
