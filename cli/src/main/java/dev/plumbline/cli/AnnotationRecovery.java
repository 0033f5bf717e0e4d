package dev.plumbline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.judging.AgreementAudit;
import dev.plumbline.judging.AgreementAuditOptions;
import dev.plumbline.judging.AgreementReport;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.simulate.AnnotatorModel;
import dev.plumbline.simulate.HiddenPair;
import dev.plumbline.simulate.VerdictOdds;
import dev.plumbline.wire.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Compares what the queues' labels show with what the simulation planted in its annotators: Fleiss'
 * kappa of the blind queue (from the agreement audit) against the kappa the planted noise implies on
 * the very items and annotators of the run; the share of labels that saw a draft; the anchoring
 * effect (how much more often labels match the judge's verdict when it was shown) turned into a copy
 * rate; and accuracy on gold items against the accuracy the planted noise implies. Pure.
 */
final class AnnotationRecovery {
    private final Map<String, HiddenPair> hidden;
    private final AnnotatorModel model;

    AnnotationRecovery(Map<String, HiddenPair> hidden, AnnotatorModel model) {
        this.hidden = hidden;
        this.model = model;
    }

    /** The measured and expected figures, as the demo summary's {@code annotation} node fills them. */
    ObjectNode measure(List<Label> labels, Map<String, String> judgeVerdicts, double plantedAssistedShare) {
        List<Label> blind = select(labels, l -> DemoQueues.BLIND.equals(l.meta().get("queue")) && !gold(l));
        List<Label> assisted = select(labels, l -> DemoQueues.ASSISTED.equals(l.meta().get("queue")));
        List<Label> gold = select(labels, AnnotationRecovery::gold);
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("labels", labels.size()).put("blind_labels", blind.size()).put("assisted_labels", assisted.size())
                .put("gold_labels", gold.size());
        AgreementReport agreement = AgreementAudit.audit(blind, AgreementAuditOptions.DEFAULT);
        node.put("fleiss_kappa_measured", agreement.fleissKappa().value());
        node.put("fleiss_kappa_low", agreement.fleissKappa().interval().lower());
        node.put("fleiss_kappa_high", agreement.fleissKappa().interval().upper());
        node.put("fleiss_kappa_expected", expectedFleiss(blind));
        node.put("saw_draft_share", share(labels, Label::sawDraft)).put("planted_assisted_share", plantedAssistedShare);
        anchoring(node, blind, assisted, judgeVerdicts);
        node.put("gold_accuracy", share(gold, l -> l.value().equals(l.meta().get("gold_answer"))));
        node.put("gold_accuracy_expected", gold.stream().mapToDouble(l -> odds(l).of(l.meta().get("gold_answer")))
                .average().orElse(Double.NaN));
        return node;
    }

    private void anchoring(ObjectNode node, List<Label> blind, List<Label> assisted, Map<String, String> judgeVerdicts) {
        Predicate<Label> matchesJudge = l -> l.value().equals(judgeVerdicts.get(key(l)));
        List<Label> blindJudged = select(blind, l -> judgeVerdicts.containsKey(key(l)));
        List<Label> assistedJudged = select(assisted, l -> judgeVerdicts.containsKey(key(l)));
        double withDraft = share(assistedJudged, matchesJudge);
        double without = share(blindJudged, matchesJudge);
        node.put("judge_agreement_blind", without).put("judge_agreement_assisted", withDraft);
        // labels copy the draft at rate c, else agree by themselves at the blind rate: c = (with - without) / (1 - without)
        node.put("copy_rate_measured", (withDraft - without) / (1 - without));
        node.put("planted_anchoring", model.anchoring());
        double own = assistedJudged.stream().mapToDouble(l -> odds(l).of(judgeVerdicts.get(key(l)))).average().orElse(Double.NaN);
        node.put("judge_agreement_assisted_expected", model.anchoring() + (1 - model.anchoring()) * own);
    }

    /** Fleiss' kappa's expectation under the planted noise: each unit's pairwise agreement and the pooled shares, in expectation. */
    private double expectedFleiss(List<Label> labels) {
        Map<String, List<Label>> units = new LinkedHashMap<>();
        labels.forEach(l -> units.computeIfAbsent(key(l), k -> new ArrayList<>()).add(l));
        double observed = 0;
        double[] shares = new double[3];
        int kept = 0;
        int pooled = 0;
        for (List<Label> unit : units.values()) {
            if (unit.size() < 2) {
                continue;
            }
            List<VerdictOdds> odds = unit.stream().map(this::odds).toList();
            double agreement = 0;
            for (int i = 0; i < odds.size(); i++) {
                for (int j = 0; j < odds.size(); j++) {
                    agreement += i == j ? 0 : odds.get(i).agreement(odds.get(j));
                }
                shares[0] += odds.get(i).a();
                shares[1] += odds.get(i).b();
                shares[2] += odds.get(i).tie();
            }
            observed += agreement / (odds.size() * (odds.size() - 1.0));
            kept++;
            pooled += odds.size();
        }
        observed /= kept;
        double chance = 0;
        for (double share : shares) {
            chance += (share / pooled) * (share / pooled);
        }
        return (observed - chance) / (1 - chance);
    }

    private VerdictOdds odds(Label label) {
        return model.odds(label.actor().id().orElseThrow(), hidden.get(key(label)));
    }

    private static boolean gold(Label label) {
        return "true".equals(label.meta().get("gold"));
    }

    static String key(Label label) {
        LabelSubject.Pair pair = (LabelSubject.Pair) label.subject();
        return DemoQueues.key(pair.first(), pair.second());
    }

    private static List<Label> select(List<Label> labels, Predicate<Label> keep) {
        return labels.stream().filter(keep).toList();
    }

    private static double share(List<Label> labels, Predicate<Label> test) {
        return labels.isEmpty() ? Double.NaN : labels.stream().filter(test).count() / (double) labels.size();
    }
}
