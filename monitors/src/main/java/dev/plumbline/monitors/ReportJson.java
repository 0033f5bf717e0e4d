package dev.plumbline.monitors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * JSON renderings of the monitors' reports (snake_case, schema version 1, fields in a fixed order,
 * so the same report always gives the same bytes). The domain records carry no Jackson annotations.
 * Thread-safe.
 */
public final class ReportJson {
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportJson() {
    }

    public static String voice(VoiceReport report) {
        return header("voice").setAll(voiceNode(report)).toString();
    }

    public static String voiceSeries(VoiceSeriesReport series) {
        ObjectNode root = header("voice_series");
        root.put("alarm", series.alarm());
        series.firstAlarm().ifPresent(r -> root.put("first_alarm", r));
        root.put("alarm_z", series.alarmZ());
        ArrayNode points = root.putArray("points");
        for (VoiceSeriesReport.Point p : series.points()) {
            ObjectNode node = points.addObject().put("release", p.release());
            node.set("teacher_proximity", estimate(p.proximity()));
            node.put("band_high", p.bandHigh()).put("z", p.z()).put("alarm", p.alarm());
        }
        ArrayNode reports = root.putArray("reports");
        series.reports().forEach(r -> reports.add(voiceNode(r)));
        return root.toString();
    }

    public static String goodhart(GoodhartReport report) {
        ObjectNode root = header("goodhart");
        root.put("alarm", report.alarm());
        root.put("z_critical", report.options().zCritical());
        ArrayNode releases = root.putArray("releases");
        report.releases().forEach(releases::add);
        ArrayNode metrics = root.putArray("metrics");
        for (ReleaseMetric m : report.metrics()) {
            ObjectNode node = metrics.addObject().put("release", m.release()).put("metric", m.metric())
                    .put("kind", lower(m.kind())).put("direction", lower(m.direction()))
                    .put("compares_to_previous", m.comparesToPrevious());
            node.set("estimate", estimate(m.estimate()));
        }
        ArrayNode changes = root.putArray("changes");
        report.changes().forEach(c -> changes.add(change(c)));
        ArrayNode divergences = root.putArray("divergences");
        for (Divergence d : report.divergences()) {
            ObjectNode node = divergences.addObject().put("release", d.release()).put("previous", d.previous());
            ArrayNode better = node.putArray("improved_proxies");
            d.improvedProxies().forEach(c -> better.add(change(c)));
            ArrayNode worse = node.putArray("worsened_outcomes");
            d.worsenedOutcomes().forEach(c -> worse.add(change(c)));
        }
        ArrayNode correlations = root.putArray("rank_correlations");
        report.correlations().forEach(r -> correlations.addObject().put("proxy", r.proxy()).put("outcome", r.outcome())
                .put("spearman_rho", r.rho()).put("tracking", r.tracking()).put("releases", r.releases()));
        root.put("chart_svg", GoodhartChart.svg(report));
        return root.toString();
    }

    private static ObjectNode voiceNode(VoiceReport report) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("release", report.release());
        report.teacher().ifPresent(t -> node.put("teacher", t));
        node.put("human_reference", report.human());
        node.set("divergence_to_human", estimate(report.divergenceToHuman()));
        report.divergenceToTeacher().ifPresent(e -> node.set("divergence_to_teacher", estimate(e)));
        report.teacherProximity().ifPresent(e -> node.set("teacher_proximity", estimate(e)));
        report.teacherProximityReleaseSampling()
                .ifPresent(e -> node.set("teacher_proximity_release_sampling", estimate(e)));
        node.set("separability_from_human", separability(report.fromHuman()));
        report.fromTeacher().ifPresent(s -> node.set("separability_from_teacher", separability(s)));
        ObjectNode fingerprints = node.putObject("fingerprints");
        fingerprints.set("release", fingerprint(report.releaseFingerprint()));
        report.teacherFingerprint().ifPresent(f -> fingerprints.set("teacher", fingerprint(f)));
        fingerprints.set("human_reference", fingerprint(report.humanFingerprint()));
        node.set("phrases_vs_human", phrases(report.versusHuman()));
        report.versusTeacher().ifPresent(c -> node.set("phrases_vs_teacher", phrases(c)));
        node.set("options", options(report.options()));
        return node;
    }

    private static ObjectNode header(String report) {
        return MAPPER.createObjectNode().put("schema_version", SCHEMA_VERSION).put("report", report);
    }

    private static ObjectNode estimate(Estimate e) {
        return MAPPER.createObjectNode().put("value", e.value()).put("low", e.low()).put("high", e.high())
                .put("standard_error", e.standardError()).put("n", e.n());
    }

    private static ObjectNode separability(Separability s) {
        ObjectNode node = MAPPER.createObjectNode().put("first", s.first()).put("second", s.second())
                .put("paired", s.paired());
        node.set("accuracy", estimate(s.accuracy()));
        return node.put("balanced_accuracy", s.balancedAccuracy()).put("chance", s.chance()).put("folds", s.folds())
                .put("n_first", s.nFirst()).put("n_second", s.nSecond()).put("above_chance", s.aboveChance());
    }

    private static ObjectNode fingerprint(Fingerprint f) {
        ObjectNode node = MAPPER.createObjectNode().put("corpus", f.corpus()).put("texts", f.texts())
                .put("words", f.words());
        node.set("length_words", distribution(f.lengthWords()));
        node.set("sentence_length_words", distribution(f.sentenceLengthWords()));
        node.put("texts_with_list_share", f.textsWithListShare()).put("list_line_share", f.listLineShare())
                .put("texts_with_heading_share", f.textsWithHeadingShare())
                .put("hedges_per_1000_words", f.hedgesPer1000Words())
                .put("apologies_per_1000_words", f.apologiesPer1000Words())
                .put("texts_with_apology_share", f.textsWithApologyShare())
                .put("type_token_ratio_mean", f.typeTokenRatioMean())
                .put("distinct_1", f.distinct1()).put("distinct_2", f.distinct2()).put("distinct_3", f.distinct3());
        ArrayNode top = node.putArray("top_ngrams");
        f.topNgrams().forEach(n -> top.addObject().put("ngram", n.ngram()).put("order", n.order())
                .put("count", n.count()).put("share", n.share()));
        return node;
    }

    private static ObjectNode distribution(Distribution d) {
        return MAPPER.createObjectNode().put("mean", d.mean()).put("sd", d.sd()).put("p10", d.p10())
                .put("median", d.median()).put("p90", d.p90());
    }

    private static ObjectNode phrases(PhraseContrast contrast) {
        ObjectNode node = MAPPER.createObjectNode().put("first", contrast.first()).put("second", contrast.second());
        node.set("typical_of_first", phraseList(contrast.typicalOfFirst()));
        node.set("typical_of_second", phraseList(contrast.typicalOfSecond()));
        return node;
    }

    private static ArrayNode phraseList(List<DistinctivePhrase> phrases) {
        ArrayNode list = MAPPER.createArrayNode();
        phrases.forEach(p -> list.addObject().put("phrase", p.phrase()).put("order", p.order())
                .put("count_first", p.countFirst()).put("count_second", p.countSecond())
                .put("log_odds_ratio", p.logOddsRatio()).put("z", p.z()));
        return list;
    }

    private static ObjectNode options(VoiceOptions o) {
        return MAPPER.createObjectNode().put("ngram_order", o.ngramOrder()).put("phrase_order", o.phraseOrder())
                .put("top_phrases", o.topPhrases()).put("min_phrase_count", o.minPhraseCount())
                .put("prior_scale", o.priorScale()).put("bootstrap_replicates", o.bootstrapReplicates())
                .put("folds", o.folds()).put("ridge", o.ridge()).put("seed", o.seed()).put("alarm_z", o.alarmZ())
                .put("top_ngrams", o.topNgrams()).put("min_texts", o.minTexts()).put("marker_tokens", o.markerTokens())
                .put("paired_with_human", o.pairedWithHuman()).put("mask_content", o.maskContent());
    }

    private static ObjectNode change(MetricChange c) {
        return MAPPER.createObjectNode().put("release", c.release()).put("previous", c.previous())
                .put("metric", c.metric()).put("kind", lower(c.kind())).put("improvement", c.improvement())
                .put("z", c.z()).put("significantly_better", c.significantlyBetter())
                .put("significantly_worse", c.significantlyWorse());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT);
    }
}
