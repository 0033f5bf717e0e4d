package dev.plumbline.simulate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link GroundTruth} as JSON with a fixed field order (the writer edge; the core knows no
 * Jackson). Numbers are written as computed, so equal runs give equal bytes. Thread-safe.
 */
final class GroundTruthJson {
    static final int SCHEMA_VERSION = 1;

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    String toJson(GroundTruth truth) {
        ObjectNode root = mapper.createObjectNode();
        root.put("schema_version", SCHEMA_VERSION);
        root.put("seed", truth.seed());
        root.put("start", truth.start().toString());
        root.put("end", truth.end().toString());
        root.set("traffic", traffic(truth.traffic()));
        root.set("satisfaction", satisfaction(truth.satisfaction()));
        root.set("judge", judge(truth.judge()));
        root.set("annotators", annotators(truth.annotators()));
        root.set("contamination", contamination(truth.contamination()));
        root.set("voice", voice(truth.voice()));
        root.set("goodhart", goodhart(truth.goodhart()));
        truth.releases().forEach(r -> root.withArray("releases").add(release(r)));
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw dev.plumbline.model.PlumblineException.internal("cannot write the ground truth as JSON", e);
        }
    }

    private ObjectNode traffic(TrafficTruth t) {
        ObjectNode node = mapper.createObjectNode();
        node.put("records", t.records()).put("interactions", t.interactions()).put("feedback", t.feedback())
                .put("labels", t.labels());
        ObjectNode byType = node.putObject("feedback_by_type");
        t.feedbackByType().forEach(byType::put);
        return node.put("users", t.users()).put("sessions", t.sessions()).put("substantive_edits", t.substantiveEdits())
                .put("trivial_edits", t.trivialEdits()).put("side_by_side_pairs", t.sideBySidePairs());
    }

    private ObjectNode satisfaction(SatisfactionTruth s) {
        ObjectNode node = mapper.createObjectNode();
        node.put("true_satisfaction", s.trueSatisfaction());
        numbers(node, "true_by_segment", s.trueBySegment());
        numbers(node, "interaction_share_by_segment", s.interactionShareBySegment());
        numbers(node, "thumbs_share_by_segment", s.thumbsShareBySegment());
        numbers(node, "thumbs_per_interaction_by_segment", s.thumbsPerInteractionBySegment());
        return node.put("thumbs", s.thumbs()).put("prompted_thumbs", s.promptedThumbs())
                .put("raw_thumbs_up_rate", s.rawThumbsUpRate()).put("ipw_estimate", s.ipwEstimate())
                .put("prompted_user_share", s.promptedUserShare());
    }

    private ObjectNode judge(JudgeTruth j) {
        JudgeSetup p = j.setup();
        ObjectNode node = mapper.createObjectNode();
        node.put("id", j.id()).put("family", j.family());
        node.putObject("planted").put("position_first_share", p.positionFirstShare())
                .put("inconsistency_rate", p.inconsistencyRate()).put("length_bias_per_doubling", p.lengthBias())
                .put("self_preference_logit", p.selfPreference()).put("quality_weight", p.qualityWeight())
                .put("tie_rate", p.tieRate()).put("unparsed_rate", p.unparsedRate()).put("judged_share", p.judgedShare());
        node.putObject("realised").put("judged_pairs", j.judgedPairs()).put("labels", j.labels())
                .put("unparsed_labels", j.unparsedLabels()).put("inconsistent_pairs", j.inconsistentPairs())
                .put("first_shown_share_on_inconsistent", j.firstShownShareOnInconsistent())
                .put("judge_prefers_longer", j.judgePrefersLonger()).put("truth_prefers_longer", j.truthPrefersLonger())
                .put("own_family_pairs", j.ownFamilyPairs()).put("judge_own_family_win_rate", j.judgeOwnFamilyWinRate())
                .put("truth_own_family_win_rate", j.truthOwnFamilyWinRate());
        return node;
    }

    private ObjectNode annotators(AnnotatorTruth a) {
        ObjectNode node = mapper.createObjectNode();
        numbers(node, "noise_by_annotator", a.noiseByAnnotator());
        AnnotatorSetup s = a.setup();
        node.put("anchoring", s.anchoring()).put("assisted_share", s.assistedShare())
                .put("annotated_share", s.annotatedShare()).put("overlap_share", s.overlapShare())
                .put("tie_margin", a.tieMargin()).put("guideline_v2_from", a.guidelineV2From().toString());
        return node.put("annotated_pairs", a.annotatedPairs()).put("overlap_pairs_k3", a.overlapPairs())
                .put("labels", a.labels()).put("assisted_labels", a.assistedLabels())
                .put("anchored_labels", a.anchoredLabels());
    }

    private ObjectNode contamination(ContaminationTruth c) {
        ObjectNode node = mapper.createObjectNode();
        node.put("eval_set", c.evalSet()).put("evaluated_family", c.evaluatedFamily())
                .put("items", c.itemIds().size()).put("contaminated_share", c.contaminatedShare());
        strings(node, "contaminated_item_ids", c.contaminatedItemIds());
        ObjectNode mechanisms = node.putObject("mechanism_by_item");
        c.mechanismByItem().forEach(mechanisms::put);
        ObjectNode leaks = node.putObject("leaked_interactions");
        c.leakedInteractions().forEach(leaks::put);
        return node;
    }

    private ObjectNode voice(VoiceTruth v) {
        ObjectNode node = mapper.createObjectNode();
        node.put("teacher", v.teacher()).put("teacher_family", v.teacherFamily());
        strings(node, "drifting_releases", v.driftingReleases());
        strings(node, "control_releases", v.controlReleases());
        numbers(node, "teacher_weight_by_release", new java.util.TreeMap<>(v.teacherWeightByRelease()));
        return node;
    }

    private ObjectNode goodhart(GoodhartTruth g) {
        ObjectNode node = mapper.createObjectNode();
        node.put("proxy", g.proxy()).put("outcome", g.outcome());
        strings(node, "diverging_releases", g.divergingReleases());
        strings(node, "quiet_releases", g.quietReleases());
        return node;
    }

    private ObjectNode release(ReleaseTruth r) {
        ObjectNode node = mapper.createObjectNode();
        node.put("release", r.release()).put("line", r.line()).put("family", r.family())
                .put("starts_at", r.startsAt().toString()).put("teacher_weight", r.teacherWeight())
                .put("planted_quality", r.plantedQuality()).put("planted_retention_shift", r.plantedRetentionShift())
                .put("interactions", r.interactions()).put("satisfaction", r.satisfaction())
                .put("mean_completion_chars", r.meanCompletionChars()).put("sessions", r.sessions())
                .put("retention_7d", r.retention7d()).put("task_success", r.taskSuccess());
        r.previous().ifPresent(p -> node.put("previous", p));
        r.judgeWinRateVsPrevious().ifPresent(v -> node.put("judge_win_rate_vs_previous", v));
        r.userChoiceRateVsPrevious().ifPresent(v -> node.put("user_choice_rate_vs_previous", v));
        return node;
    }

    private static void numbers(ObjectNode node, String field, Map<String, Double> values) {
        ObjectNode out = node.putObject(field);
        values.forEach(out::put);
    }

    private static void strings(ObjectNode node, String field, List<String> values) {
        values.forEach(node.putArray(field)::add);
    }
}
