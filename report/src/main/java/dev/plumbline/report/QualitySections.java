package dev.plumbline.report;

import dev.plumbline.judging.JudgeAuditReport;
import dev.plumbline.judging.JudgeReport;
import dev.plumbline.judging.RoundMetrics;
import dev.plumbline.report.Chart.ChartKind;
import dev.plumbline.report.Chart.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The judge calibration view: agreement with the blind human reference and the human ceiling, position and length bias, per round. */
final class QualitySections {
    private QualitySections() {
    }

    static Section judges(LoopHealth health) {
        String title = "Judge calibration per round";
        if (health.judges().isEmpty() || health.judges().get().judges().isEmpty()) {
            return Section.absent(Sections.JUDGES, title, Sections.reason(health, Sections.JUDGES, "no judge was audited"));
        }
        JudgeAuditReport report = health.judges().get();
        List<String> facts = new ArrayList<>();
        facts.add(String.format(Locale.ROOT, "Reference: %s on %,d subjects; gate %s.", report.reference().name().toLowerCase(),
                report.referenceSubjects(), report.passed() ? "passed" : "FAILED"));
        facts.add(String.format(Locale.ROOT, "Human reference and ceiling: blind annotator labels only; %,d labels given with a draft"
                + " in view (saw_draft, anchored on it) were excluded.", report.assistedExcluded()));
        List<Chart> charts = new ArrayList<>();
        for (JudgeReport judge : report.judges()) {
            facts.addAll(judgeFacts(judge));
            charts.add(judgeChart(judge));
        }
        return Section.of(Sections.JUDGES, title, facts, charts);
    }

    private static List<String> judgeFacts(JudgeReport judge) {
        List<String> facts = new ArrayList<>();
        facts.add(String.format(Locale.ROOT, "%s: %,d labels; agreement with the reference %s (kappa %s) vs human ceiling %s (gap %s).",
                judge.judge(), judge.labels(), Figures.rate(judge.agreement().withTies()), Figures.rate(judge.agreement().kappa()),
                Figures.rate(judge.ceiling().humanHumanAgreement()), Figures.rate(judge.ceiling().gap())));
        facts.add(String.format(Locale.ROOT, "%s: position consistency %s over %,d pairs shown in both orders (first shown won %,d, second %,d).",
                judge.judge(), Figures.rate(judge.position().consistency()), judge.position().bothOrders(),
                judge.position().firstShownWins(), judge.position().secondShownWins()));
        facts.add(String.format(Locale.ROOT, "%s: prefers the longer answer %s of %,d times the lengths differ.", judge.judge(),
                Figures.rate(judge.length().preferLongerRate()), judge.length().differingLength()));
        for (RoundMetrics round : judge.rounds()) {
            facts.add(String.format(Locale.ROOT, "%s round %s: agreement %s, consistency %s, prefers longer %s (%,d labels).", judge.judge(),
                    round.round(), Figures.rate(round.agreementWithTies()), Figures.rate(round.consistency()),
                    Figures.rate(round.preferLongerRate()), round.labels()));
        }
        facts.add(judge.judge() + ": gate " + (judge.gate().passed() ? "passed" : "FAILED: " + String.join("; ", judge.gate().reasons())));
        return facts;
    }

    private static Chart judgeChart(JudgeReport judge) {
        List<String> rounds = new ArrayList<>();
        List<Double> agreement = new ArrayList<>();
        List<Double> consistency = new ArrayList<>();
        List<Double> longer = new ArrayList<>();
        List<Double> ceiling = new ArrayList<>();
        if (judge.rounds().isEmpty()) {
            rounds.add("all");
            agreement.add(judge.agreement().withTies());
            consistency.add(judge.position().consistency());
            longer.add(judge.length().preferLongerRate());
        }
        for (RoundMetrics round : judge.rounds()) {
            rounds.add(round.round());
            agreement.add(round.agreementWithTies());
            consistency.add(round.consistency());
            longer.add(round.preferLongerRate());
        }
        rounds.forEach(r -> ceiling.add(judge.ceiling().humanHumanAgreement()));
        return new Chart("judge-" + judge.judge(), "Judge " + judge.judge() + " per round", ChartKind.LINE, rounds,
                List.of(new Series("agreement with reference", agreement), new Series("human ceiling", ceiling),
                        new Series("position consistency", consistency), new Series("prefers longer", longer)));
    }
}
