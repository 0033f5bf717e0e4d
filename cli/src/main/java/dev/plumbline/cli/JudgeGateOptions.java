package dev.plumbline.cli;

import dev.plumbline.judging.JudgeAudit;
import dev.plumbline.judging.JudgeAuditOptions;
import dev.plumbline.judging.JudgeAuditReport;
import dev.plumbline.judging.JudgeReport;
import dev.plumbline.model.Label;
import dev.plumbline.model.Record;
import dev.plumbline.pairs.JudgeStanding;
import dev.plumbline.pairs.RefuseUncalibratedJudges;
import dev.plumbline.pairs.UnauditedJudges;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The judge gate of {@code mine} and {@code export}: every AI judge whose labels could become pairs
 * is audited against the human labels in the store, and the votes of a judge more than a margin below
 * the human ceiling, below the consistency threshold, or (by default) not auditable are refused.
 */
final class JudgeGateOptions {
    @Option(names = "--judge-margin", defaultValue = "0.10",
            description = "Refuse a judge whose agreement with humans is more than this below the human-human ceiling (default: ${DEFAULT-VALUE}).")
    double margin;

    @Option(names = "--judge-min-consistency", defaultValue = "0.80",
            description = "Refuse a judge whose verdicts agree across the two presentation orders less often (default: ${DEFAULT-VALUE}).")
    double minConsistency;

    @Option(names = "--unaudited-judges", defaultValue = "refuse",
            description = "A judge no human overlap lets us audit: refuse its labels, or allow them with a warning (default: ${DEFAULT-VALUE}).")
    String unaudited;

    /** The gate for these labels, the judges audited against the human labels among them. */
    RefuseUncalibratedJudges gate(List<Label> labels, double minConfidence) {
        JudgeAuditOptions options = JudgeAuditOptions.DEFAULT.withGate(margin, minConsistency);
        List<Record> records = new ArrayList<>(labels);
        JudgeAuditReport report = JudgeAudit.audit(records, options);
        return new RefuseUncalibratedJudges(report.judges().stream().map(JudgeGateOptions::standing).toList(),
                UnauditedJudges.fromWire(unaudited), labels, minConfidence);
    }

    static JudgeStanding standing(JudgeReport report) {
        boolean audited = !Double.isNaN(report.ceiling().gap());
        List<String> failures = report.gate().reasons().stream().filter(r -> !r.equals(JudgeAudit.UNAUDITED)).toList();
        double consistency = report.position().bothOrders() > 0 ? report.position().consistency() : Double.NaN;
        return new JudgeStanding(report.judge(), audited, failures, report.ceiling().judgeHumanAgreement(),
                report.ceiling().humanHumanAgreement(), consistency);
    }
}
