package dev.plumbline.simulate;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.ModelRef;
import dev.plumbline.model.Record;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs a simulation: streams every record to a consumer in a deterministic order and returns the
 * ground truth of what was planted. Order: the eval set (interactions, then gold labels), then user
 * after user, each user's interactions and feedback by time (an interaction before its feedback),
 * then the labels on that user's side-by-side pairs. Memory holds one user at a time. Pure: no I/O,
 * no clock; the same config gives the same records.
 */
public final class Simulator {
    private Simulator() {
    }

    public static GroundTruth run(SimulationConfig config, Consumer<Record> sink) {
        return run(config, sink, pair -> { });
    }

    /**
     * As {@link #run(SimulationConfig, Consumer)}, also handing {@code hidden} the true utilities of
     * every side-by-side pair, as it is generated (for simulated annotators working outside the run).
     */
    public static GroundTruth run(SimulationConfig config, Consumer<Record> sink, Consumer<HiddenPair> hidden) {
        requireNonNull(config, "config is null");
        requireNonNull(sink, "sink is null");
        requireNonNull(hidden, "hidden is null");
        ReleasePlan plan = new ReleasePlan(config);
        AnswerComposer composer = new AnswerComposer();
        SimulatedAnnotators annotators = new SimulatedAnnotators(config.annotators(), config.seed());
        Tally tally = new Tally(plan, config.judge().family());
        EvalItems eval = new EvalItems(config);
        for (Record record : eval.records(config, draftModel(plan, config), composer, annotators.ids())) {
            tally.record(record);
            sink.accept(record);
        }
        SideBySide sideBySide = new SideBySide(config, plan, new SimulatedJudge(config.judge()), annotators, tally,
                hidden);
        UserTraffic traffic = new UserTraffic(config, plan, composer, eval, sideBySide, tally);
        for (int user = 0; user < config.users(); user++) {
            traffic.simulate(user, sink);
        }
        return new GroundTruth(config.seed(), config.start(), config.end(), tally.traffic(), tally.satisfaction(),
                tally.judge().truth(config.judge()), annotatorTruth(annotators, sideBySide, tally),
                contamination(config, eval, traffic.leaked()), voice(plan), goodhart(plan), releases(tally));
    }

    /** Where contaminated references were drafted: the first release of the evaluated family. */
    private static ModelRef draftModel(ReleasePlan plan, SimulationConfig config) {
        String family = config.eval().evaluatedFamily();
        return plan.all().stream().filter(r -> r.family().equals(family)).map(Release::model).findFirst()
                .orElse(ModelRef.of(family + "-draft", "v1", family));
    }

    private static AnnotatorTruth annotatorTruth(SimulatedAnnotators annotators, SideBySide sideBySide, Tally tally) {
        Map<String, Double> noise = new HashMap<>();
        for (int i = 0; i < annotators.ids().size(); i++) {
            noise.put(annotators.ids().get(i), annotators.noise(i));
        }
        return new AnnotatorTruth(noise, annotators.setup(), SimulatedAnnotators.TIE_MARGIN,
                sideBySide.guidelineSwitch(), tally.annotatedPairs, tally.overlapPairs, tally.annotatorLabels,
                tally.assistedLabels, tally.anchoredLabels);
    }

    private static ContaminationTruth contamination(SimulationConfig config, EvalItems eval, Map<String, String> leaks) {
        List<String> ids = new ArrayList<>();
        List<String> contaminated = new ArrayList<>();
        Map<String, String> mechanisms = new LinkedHashMap<>();
        for (EvalItems.Item item : eval.items()) {
            ids.add(item.id());
            mechanisms.put(item.id(), item.mechanism());
            if (!item.mechanism().equals("clean")) {
                contaminated.add(item.id());
            }
        }
        double share = ids.isEmpty() ? 0 : (double) contaminated.size() / ids.size();
        return new ContaminationTruth(config.eval().name(), config.eval().evaluatedFamily(), ids, contaminated, share,
                mechanisms, leaks);
    }

    private static VoiceTruth voice(ReleasePlan plan) {
        Map<String, Double> weights = new HashMap<>();
        plan.all().forEach(r -> weights.put(r.key(), r.spec().teacherWeight()));
        List<String> drifting = plan.line(ReleaseLine.MAIN).stream().filter(r -> r.spec().teacherWeight() > 0)
                .map(Release::key).toList();
        List<String> control = plan.line(ReleaseLine.CONTROL).stream().map(Release::key).toList();
        return new VoiceTruth(plan.teacher().key(), plan.teacher().family(), drifting, control, weights);
    }

    /** A release diverges when its planted retention drops from its predecessor's while the judge is made to like it. */
    private static GoodhartTruth goodhart(ReleasePlan plan) {
        List<String> diverging = new ArrayList<>();
        List<String> quiet = new ArrayList<>();
        for (Release release : plan.all()) {
            plan.previous(release).ifPresent(previous -> {
                boolean retentionFalls = release.spec().retentionShift() < previous.spec().retentionShift() - 0.02;
                (retentionFalls ? diverging : quiet).add(release.key());
            });
        }
        return new GoodhartTruth("judge win rate against the previous release", "retained_7d", diverging, quiet);
    }

    private static List<ReleaseTruth> releases(Tally tally) {
        List<ReleaseTruth> releases = new ArrayList<>();
        tally.releaseTallies().forEach(r -> releases.add(r.truth()));
        return releases;
    }
}
