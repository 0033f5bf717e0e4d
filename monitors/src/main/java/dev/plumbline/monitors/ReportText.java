package dev.plumbline.monitors;

import java.util.Locale;

/** Plain-text renderings of the monitors' reports, for terminals and logs. Stateless. */
public final class ReportText {
    private ReportText() {
    }

    public static String voice(VoiceReport report) {
        StringBuilder out = new StringBuilder();
        out.append("voice audit of ").append(report.release()).append(" against human reference ")
                .append(report.human()).append(report.teacher().map(t -> " and teacher " + t).orElse("")).append('\n');
        out.append("  JSD to human   ").append(estimate(report.divergenceToHuman())).append('\n');
        report.divergenceToTeacher().ifPresent(e -> out.append("  JSD to teacher ").append(estimate(e)).append('\n'));
        report.teacherProximity().ifPresent(e -> out.append("  teacher proximity ").append(estimate(e)).append('\n'));
        report.teacherProximityReleaseSampling().ifPresent(e -> out.append("  teacher proximity, release sampling only ")
                .append(estimate(e)).append('\n'));
        out.append("  separable from human: ").append(separability(report.fromHuman())).append('\n');
        report.fromTeacher().ifPresent(s -> out.append("  separable from teacher: ").append(separability(s)).append('\n'));
        fingerprint(out, report.releaseFingerprint());
        report.teacherFingerprint().ifPresent(f -> fingerprint(out, f));
        fingerprint(out, report.humanFingerprint());
        phrases(out, report.versusHuman());
        report.versusTeacher().ifPresent(c -> phrases(out, c));
        return out.toString();
    }

    public static String voiceSeries(VoiceSeriesReport series) {
        StringBuilder out = new StringBuilder("teacher-voice series (baseline: first release; alarm when proximity"
                + format(" exceeds the baseline by more than %.1f combined standard errors)%n", series.alarmZ()));
        for (VoiceSeriesReport.Point point : series.points()) {
            out.append(format("  %-28s proximity %s  band top %.4f  z %6.2f%s%n", point.release(),
                    estimate(point.proximity()), point.bandHigh(), point.z(), point.alarm() ? "  ALARM" : ""));
        }
        out.append(series.alarm() ? "ALARM: proximity to the teacher rose beyond its noise band, first at "
                + series.firstAlarm().orElseThrow() : "no alarm").append('\n');
        return out.toString();
    }

    public static String goodhart(GoodhartReport report) {
        StringBuilder out = new StringBuilder("Goodhart audit over releases " + report.releases() + "\n");
        for (ReleaseMetric m : report.metrics()) {
            out.append(format("  %-24s %-7s %-34s %s n=%d%n", m.release(), m.kind().name().toLowerCase(Locale.ROOT),
                    m.metric(), estimate(m.estimate()), m.estimate().n()));
        }
        for (MetricChange c : report.changes()) {
            out.append(format("  change %s -> %s %-34s improvement %+.4f z %+.2f%s%n", c.previous(), c.release(),
                    c.metric(), c.improvement(), c.z(),
                    c.significantlyBetter() ? " (significantly better)" : c.significantlyWorse() ? " (significantly worse)" : ""));
        }
        for (RankCorrelation r : report.correlations()) {
            out.append(format("  spearman %s ~ %s: rho %+.3f, tracking %+.3f over %d releases%n", r.proxy(),
                    r.outcome(), r.rho(), r.tracking(), r.releases()));
        }
        for (Divergence d : report.divergences()) {
            out.append("ALARM at ").append(d.release()).append(": proxies up ")
                    .append(d.improvedProxies().stream().map(MetricChange::metric).toList())
                    .append(" while outcomes down ").append(d.worsenedOutcomes().stream().map(MetricChange::metric).toList())
                    .append('\n');
        }
        if (!report.alarm()) {
            out.append("no divergence: no release improved a proxy significantly while an outcome got significantly worse\n");
        }
        return out.toString();
    }

    static String estimate(Estimate e) {
        return format("%.4f [%.4f, %.4f]", e.value(), e.low(), e.high());
    }

    static String separability(Separability s) {
        return format("%saccuracy %.3f [%.3f, %.3f], balanced %.3f, chance %.3f (%d-fold, n=%d+%d)", s.paired() ? "paired " : "",
                s.accuracy().value(), s.accuracy().low(), s.accuracy().high(), s.balancedAccuracy(), s.chance(),
                s.folds(), s.nFirst(), s.nSecond());
    }

    private static void fingerprint(StringBuilder out, Fingerprint f) {
        out.append(format("  fingerprint %s: %d texts, %d words; length mean %.1f median %.1f p90 %.1f;"
                + " sentence length mean %.1f median %.1f; lists in %.1f%% of texts; headings in %.1f%%;"
                + " hedges %.2f and apologies %.2f per 1000 words; TTR %.3f; distinct-1/2/3 %.3f/%.3f/%.3f%n",
                f.corpus(), f.texts(), f.words(), f.lengthWords().mean(), f.lengthWords().median(),
                f.lengthWords().p90(), f.sentenceLengthWords().mean(), f.sentenceLengthWords().median(),
                100 * f.textsWithListShare(), 100 * f.textsWithHeadingShare(), f.hedgesPer1000Words(),
                f.apologiesPer1000Words(), f.typeTokenRatioMean(), f.distinct1(), f.distinct2(), f.distinct3()));
    }

    private static void phrases(StringBuilder out, PhraseContrast contrast) {
        out.append("  phrases of ").append(contrast.first()).append(" vs ").append(contrast.second()).append(": ");
        contrast.typicalOfFirst().forEach(p -> out.append(format("\"%s\" (z %.1f) ", p.phrase(), p.z())));
        out.append("\n  phrases of ").append(contrast.second()).append(" vs ").append(contrast.first()).append(": ");
        contrast.typicalOfSecond().forEach(p -> out.append(format("\"%s\" (z %.1f) ", p.phrase(), p.z())));
        out.append('\n');
    }

    static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
