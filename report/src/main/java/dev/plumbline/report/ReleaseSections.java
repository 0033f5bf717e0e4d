package dev.plumbline.report;

import dev.plumbline.monitors.DistinctivePhrase;
import dev.plumbline.monitors.Divergence;
import dev.plumbline.monitors.GoodhartReport;
import dev.plumbline.monitors.MetricChange;
import dev.plumbline.monitors.MetricKind;
import dev.plumbline.monitors.PhraseContrast;
import dev.plumbline.monitors.ReleaseMetric;
import dev.plumbline.monitors.VoiceReport;
import dev.plumbline.monitors.VoiceSeriesReport;
import dev.plumbline.report.Chart.ChartKind;
import dev.plumbline.report.Chart.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The per-release views: teacher proximity with distinctive phrases, and proxies vs outcomes. */
final class ReleaseSections {
    private static final int PHRASES = 5;

    private ReleaseSections() {
    }

    static Section voice(LoopHealth health) {
        String title = "Teacher proximity and distinctive phrases per release";
        if (health.voice().isEmpty()) {
            return Section.absent(Sections.VOICE, title, "no teacher-voice series was given (it needs the releases' and the teacher's"
                    + " corpora: plumbline report --release R1 --release R2 --teacher T --human-reference H)");
        }
        VoiceSeriesReport series = health.voice().get();
        List<String> releases = new ArrayList<>();
        List<Double> proximity = new ArrayList<>();
        List<Double> band = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        for (VoiceSeriesReport.Point point : series.points()) {
            releases.add(point.release());
            proximity.add(point.proximity().value());
            band.add(point.bandHigh());
            facts.add(String.format(Locale.ROOT, "%s: teacher proximity %s, upper band %s, z %s%s.", point.release(), Figures.estimate(point.proximity()),
                    Figures.rate(point.bandHigh()), Figures.rate(point.z()), point.alarm() ? " — ALARM: drifting toward the teacher" : ""));
        }
        for (VoiceReport report : series.reports()) {
            PhraseContrast contrast = report.versusTeacher().orElse(report.versusHuman());
            facts.add(report.release() + " phrases typical of it vs " + contrast.second() + ": " + phrases(contrast.typicalOfFirst())
                    + "; typical of " + contrast.second() + ": " + phrases(contrast.typicalOfSecond()) + ".");
        }
        facts.add(series.alarm() ? "Alarm: first at " + series.firstAlarm().orElse("?") + "." : "No release drifts toward the teacher.");
        return Section.of(Sections.VOICE, title, facts, List.of(new Chart("teacher-proximity", "Teacher proximity per release",
                ChartKind.LINE, releases, List.of(new Series("teacher proximity", proximity), new Series("alarm band (upper)", band)))));
    }

    private static String phrases(List<DistinctivePhrase> phrases) {
        if (phrases.isEmpty()) {
            return "none";
        }
        return phrases.stream().limit(PHRASES).map(p -> "\"" + p.phrase() + "\" (z " + Figures.rate(p.z()) + ")")
                .collect(Collectors.joining(", "));
    }

    static Section goodhart(LoopHealth health) {
        String title = "Proxies vs outcomes per release";
        if (health.goodhart().isEmpty() || health.goodhart().get().metrics().isEmpty()) {
            return Section.absent(Sections.GOODHART, title, Sections.reason(health, Sections.GOODHART,
                    "no proxy or outcome metrics per release were found (thumbs, judge win rate, outcome feedback)"));
        }
        GoodhartReport report = health.goodhart().get();
        List<String> facts = new ArrayList<>();
        List<Series> series = new ArrayList<>();
        for (MetricKind kind : MetricKind.values()) {
            for (String metric : report.metricNames(kind)) {
                List<Double> values = new ArrayList<>();
                for (String release : report.releases()) {
                    values.add(report.metric(release, metric).map(m -> m.estimate().value()).orElse(null));
                    report.metric(release, metric).ifPresent(m -> facts.add(fact(m)));
                }
                series.add(new Series(kind.name().toLowerCase() + ": " + metric, values));
            }
        }
        for (Divergence d : report.divergences()) {
            facts.add("DIVERGENCE at " + d.release() + " vs " + d.previous() + ": proxies improved ("
                    + names(d.improvedProxies()) + ") while outcomes worsened (" + names(d.worsenedOutcomes()) + ").");
        }
        if (report.divergences().isEmpty()) {
            facts.add("No release improved a proxy while an outcome got significantly worse.");
        }
        return Section.of(Sections.GOODHART, title, facts, List.of(new Chart("proxies-outcomes", "Proxies and outcomes per release",
                ChartKind.LINE, report.releases(), series)));
    }

    private static String fact(ReleaseMetric m) {
        return m.release() + " " + m.kind().name().toLowerCase() + " " + m.metric() + ": " + Figures.estimate(m.estimate()) + ".";
    }

    private static String names(List<MetricChange> changes) {
        return changes.stream().map(MetricChange::metric).collect(Collectors.joining(", "));
    }
}
