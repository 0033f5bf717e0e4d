package dev.plumbline.judging;

import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.Record;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The judge audit: a pure function from records (pairwise labels, and the interactions they compare
 * for length and self-preference) to a {@link JudgeAuditReport}. Judges are the labels whose actor
 * role is {@code judge}, one report per actor id. Single-item labels are not audited here. The human
 * reference and ceiling use blind annotator labels only: labels given with a draft in view are
 * counted as excluded, never used.
 */
public final class JudgeAudit {
    /** The gate's reason when no human overlap exists to measure the judge against the human ceiling. */
    public static final String UNAUDITED = "no pairs labelled by two or more humans overlap the judge's: the human ceiling is unknown";

    private JudgeAudit() {
    }

    public static JudgeAuditReport audit(List<Record> records, JudgeAuditOptions options) {
        Map<String, Interaction> interactions = new LinkedHashMap<>();
        List<PairLabel> labels = new ArrayList<>();
        for (Record record : records) {
            if (record instanceof Interaction) {
                interactions.put(record.id(), (Interaction) record);
            } else if (record instanceof Label) {
                PairLabel.of((Label) record).ifPresent(labels::add);
            }
        }
        Map<String, String> reference = ReferenceLabels.majority(ReferenceLabels.select(labels, options));
        List<PairLabel> humans = ReferenceLabels.humans(labels, options);
        List<JudgeReport> reports = new ArrayList<>();
        judges(labels, options).forEach((judge, judgeLabels) ->
                reports.add(judge(judge, judgeLabels, reference, humans, interactions, options)));
        return new JudgeAuditReport(options.reference(), reference.size(), reports,
                reports.stream().allMatch(report -> report.gate().passed()), ReferenceLabels.assisted(labels, options));
    }

    private static Map<String, List<PairLabel>> judges(List<PairLabel> labels, JudgeAuditOptions options) {
        Map<String, List<PairLabel>> judges = new TreeMap<>();
        for (PairLabel label : labels) {
            if (label.role() == ActorRole.JUDGE && options.judge().map(label.actorId()::equals).orElse(true)) {
                judges.computeIfAbsent(label.actorId(), id -> new ArrayList<>()).add(label);
            }
        }
        return judges;
    }

    private static JudgeReport judge(String judge, List<PairLabel> labels, Map<String, String> reference,
            List<PairLabel> humans, Map<String, Interaction> interactions, JudgeAuditOptions options) {
        Map<String, Verdict> verdicts = SubjectVerdicts.resolve(labels, options.inconsistent());
        Optional<String> family = labels.get(0).label().actor().family();
        double level = options.bootstrap().level();
        ReferenceAgreement agreement = ReferenceComparison.of(verdicts, reference, level);
        HumanCeiling ceiling = CeilingAnalysis.of(verdicts, humans);
        PositionBias position = PositionAnalysis.of(labels, reference);
        return new JudgeReport(judge, family, labels.size(), (int) labels.stream().filter(l -> l.value().isEmpty()).count(),
                (int) labels.stream().map(PairLabel::subject).distinct().count(), SubjectVerdicts.inconsistent(labels),
                agreement, ceiling, position, LengthAnalysis.of(labels, interactions, level),
                SelfPreferenceAnalysis.of(family, verdicts, reference, interactions, options.bootstrap()),
                rounds(labels, reference, interactions, options), gate(ceiling, position, options));
    }

    private static List<RoundMetrics> rounds(List<PairLabel> labels, Map<String, String> reference,
            Map<String, Interaction> interactions, JudgeAuditOptions options) {
        Map<String, List<PairLabel>> byRound = new TreeMap<>();
        labels.forEach(label -> byRound.computeIfAbsent(label.label().round().orElse("-"), r -> new ArrayList<>()).add(label));
        List<RoundMetrics> series = new ArrayList<>();
        byRound.forEach((round, roundLabels) -> {
            Map<String, Verdict> verdicts = SubjectVerdicts.resolve(roundLabels, options.inconsistent());
            series.add(new RoundMetrics(round, roundLabels.size(), verdicts.size(),
                    ReferenceComparison.of(verdicts, reference, options.bootstrap().level()).withTies(),
                    PositionAnalysis.of(roundLabels, reference).consistency(),
                    LengthAnalysis.of(roundLabels, interactions, options.bootstrap().level()).preferLongerRate()));
        });
        return series;
    }

    private static GateResult gate(HumanCeiling ceiling, PositionBias position, JudgeAuditOptions options) {
        List<String> reasons = new ArrayList<>();
        if (Double.isNaN(ceiling.gap())) {
            // a judge nobody has checked against humans is not cleared by default
            reasons.add(UNAUDITED);
        } else if (ceiling.gap() > options.ceilingMargin()) {
            reasons.add(String.format(Locale.ROOT,
                    "agreement with humans %.3f is %.3f below the human-human ceiling %.3f (allowed margin %.3f)",
                    ceiling.judgeHumanAgreement(), ceiling.gap(), ceiling.humanHumanAgreement(), options.ceilingMargin()));
        }
        if (position.bothOrders() > 0 && position.consistency() < options.minConsistency()) {
            reasons.add(String.format(Locale.ROOT, "consistency across orders %.3f is below %.3f",
                    position.consistency(), options.minConsistency()));
        }
        return new GateResult(reasons.isEmpty(), reasons);
    }
}
