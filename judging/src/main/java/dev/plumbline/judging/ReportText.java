package dev.plumbline.judging;

import dev.plumbline.stats.Estimate;
import dev.plumbline.stats.Interval;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Short human-readable renderings of the audit reports, for the terminal. */
public final class ReportText {
    private ReportText() {
    }

    public static String render(JudgeAuditReport report) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "judge audit against %s (%d pairs with a reference): %s%n",
                report.reference().name().toLowerCase(Locale.ROOT), report.referenceSubjects(), report.passed() ? "PASS" : "FAIL"));
        if (report.assistedExcluded() > 0) {
            text.append(String.format(Locale.ROOT, "  %d annotator labels given with a draft in view (saw_draft) were left out of"
                    + " the human reference and ceiling%n", report.assistedExcluded()));
        }
        report.judges().forEach(judge -> text.append(judge(judge)));
        return text.toString();
    }

    public static String render(AgreementReport report) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "agreement audit: %d labels on %d subjects (%d with 2+ labels), %d annotators, categories %s%n",
                report.labels(), report.subjects(), report.pairableSubjects(), report.annotators().size(),
                String.join(", ", report.categories())));
        if (report.assistedExcluded() > 0) {
            text.append(String.format(Locale.ROOT, "  %d labels given with a draft in view (saw_draft) left out: anchored on"
                    + " the same draft, they would agree through it%n", report.assistedExcluded()));
        }
        text.append(line("raw agreement", report.rawAgreement()));
        text.append(line("Fleiss' kappa", report.fleissKappa()));
        report.alpha().forEach(alpha -> text.append(line("Krippendorff's alpha, " + alpha.level().name().toLowerCase(Locale.ROOT),
                alpha.estimate()).stripTrailing()).append("  ").append(alpha.band().description()).append('\n'));
        report.pairs().forEach(pair -> text.append(String.format(Locale.ROOT, "  %s ~ %s: %d shared, agreement %s, kappa %s%n",
                pair.first(), pair.second(), pair.shared(), number(pair.rawAgreement()), estimate(pair.kappa()))));
        report.perAnnotator().forEach(a -> text.append(String.format(Locale.ROOT,
                "  %s: %d labels, agrees with the others' majority %s, Dawid-Skene accuracy %s%n",
                a.annotator(), a.labels(), number(a.agreementWithOthers()), number(a.dawidSkeneAccuracy()))));
        text.append(String.format(Locale.ROOT, "majority: %s; no majority: %d%n", counts(report.majority().counts()),
                report.majority().noMajority()));
        text.append(String.format(Locale.ROOT, "Dawid-Skene: %s; %s after %d iterations; differs from majority on %d%n",
                counts(report.dawidSkene().counts()), report.dawidSkene().converged() ? "converged" : "NOT converged",
                report.dawidSkene().iterations(), report.dawidSkene().disagreementsWithMajority()));
        text.append(String.format(Locale.ROOT, "to adjudicate: %d subjects%n", report.adjudication().size()));
        return text.toString();
    }

    private static String judge(JudgeReport judge) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s (family %s): %d labels (%d unparsed) on %d pairs%n",
                judge.judge(), judge.family().orElse("unknown"), judge.labels(), judge.unparsedLabels(), judge.subjects()));
        ReferenceAgreement agreement = judge.agreement();
        text.append(String.format(Locale.ROOT, "  agreement: %s with ties %s over %d pairs, %s without ties, kappa %s%n",
                number(agreement.withTies()), interval(agreement.withTiesInterval()), agreement.subjects(),
                number(agreement.withoutTies()), number(agreement.kappa())));
        HumanCeiling ceiling = judge.ceiling();
        text.append(String.format(Locale.ROOT, "  vs humans: judge-human %s, human-human %s (gap %s); kappa %s vs %s%n",
                number(ceiling.judgeHumanAgreement()), number(ceiling.humanHumanAgreement()), number(ceiling.gap()),
                number(ceiling.judgeHumanKappa()), number(ceiling.humanHumanKappa())));
        PositionBias position = judge.position();
        text.append(String.format(Locale.ROOT,
                "  position: consistency %s over %d pairs in both orders; inconsistent: first shown won %d, second shown %d%n",
                number(position.consistency()), position.bothOrders(), position.firstShownWins(), position.secondShownWins()));
        LengthBias length = judge.length();
        text.append(String.format(Locale.ROOT, "  length: prefers the longer %s %s of %d; logistic coefficient %s (se %s) per %s chars%n",
                number(length.preferLongerRate()), interval(length.preferLongerInterval()), length.differingLength(),
                number(length.lengthCoefficient()), number(length.lengthCoefficientStandardError()), number(length.lengthSd())));
        judge.selfPreference().ifPresent(self -> text.append(String.format(Locale.ROOT,
                "  self-preference (%s): judge %s vs reference %s, gap %s %s, McNemar p %s%n", self.family(),
                number(self.judgeOwnFamilyRate()), number(self.referenceOwnFamilyRate()), number(self.gap()),
                interval(self.gapInterval()), number(self.mcNemarP()))));
        text.append(judge.gate().passed() ? "  gate: pass\n" : "  gate: FAIL: " + String.join("; ", judge.gate().reasons()) + "\n");
        return text.toString();
    }

    private static String line(String name, Estimate estimate) {
        return String.format(Locale.ROOT, "%s: %s%n", name, estimate(estimate));
    }

    private static String estimate(Estimate estimate) {
        return number(estimate.value()) + " " + interval(estimate.interval());
    }

    private static String interval(Interval interval) {
        return interval.defined() ? "[" + number(interval.lower()) + ", " + number(interval.upper()) + "]" : "[-]";
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String counts(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
