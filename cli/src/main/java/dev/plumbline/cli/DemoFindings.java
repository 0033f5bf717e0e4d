package dev.plumbline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The demo's closing lines: what was found, planted vs measured, read from the demo summary. */
final class DemoFindings {
    private DemoFindings() {
    }

    static List<String> of(JsonNode summary) {
        List<String> lines = new ArrayList<>();
        JsonNode s = summary.get("satisfaction");
        lines.add(format("thumbs are biased: raw thumbs-up %.2f vs true satisfaction %.2f; the propensity-weighted estimate %.2f"
                + " is closer", s.get("raw_thumbs_up_rate").asDouble(), s.get("true").asDouble(), s.get("ipw_estimate").asDouble()));
        JsonNode j = summary.get("judge");
        lines.add(format("judge %s: first-shown answer wins %.2f of order-flipping pairs%s; agreement with humans %.2f vs"
                + " their own ceiling %.2f; gate %s", j.get("judge").asText(), j.get("measured_first_shown_share").asDouble(),
                j.has("planted_first_shown_share") ? format(" (planted %.2f)", j.get("planted_first_shown_share").asDouble()) : "",
                j.get("judge_human_agreement").asDouble(), j.get("human_human_agreement").asDouble(),
                j.get("gate_passed").asBoolean() ? "passed" : "failed"));
        JsonNode a = summary.get("annotation");
        lines.add(format("annotators (%d labels through the queues): Fleiss kappa %.2f, planted noise implies %.2f; shown the judge's"
                + " verdict they copy it %.2f of the time (planted %.2f)", a.get("labels").asInt(),
                a.get("fleiss_kappa_measured").asDouble(), a.get("fleiss_kappa_expected").asDouble(),
                a.get("copy_rate_measured").asDouble(), a.get("planted_anchoring").asDouble()));
        JsonNode c = summary.get("contamination");
        lines.add(format("eval set: %.0f%% of gold labels came from the evaluated family (planted %.0f%%); %d of %d leaked prompts flagged",
                100 * c.get("measured_share").asDouble(), 100 * c.get("planted_share").asDouble(),
                c.get("flagged_leaks_planted").asInt(), c.get("planted_leaks").asInt()));
        JsonNode v = summary.get("voice");
        lines.add(format("teacher voice: drifting line %s, control line %s", alarm(v.get("drifting_alarm")), alarm(v.get("control_alarm"))));
        JsonNode g = summary.get("goodhart");
        lines.add(format("proxies vs outcomes: judge win rate up while retention falls on %s (planted %s)", g.get("flagged"), g.get("planted")));
        return lines;
    }

    private static String alarm(JsonNode raised) {
        return raised.asBoolean() ? "ALARM" : "quiet";
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
