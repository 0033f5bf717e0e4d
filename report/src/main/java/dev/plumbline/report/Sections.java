package dev.plumbline.report;

import dev.plumbline.pairs.DatasetReport;
import dev.plumbline.pairs.GateResult;
import dev.plumbline.pairs.MiningResult;
import dev.plumbline.report.Chart.ChartKind;
import dev.plumbline.report.Chart.Series;
import dev.plumbline.signals.CoverageReport;
import dev.plumbline.signals.CoverageRow;
import dev.plumbline.signals.Signal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** Turns a {@link LoopHealth} into its sections; the loop's own views (coverage, signals, pairs) live here. */
final class Sections {
    static final String COVERAGE = "coverage";
    static final String SATISFACTION = "satisfaction";
    static final String SIGNALS = "signals";
    static final String PAIRS = "pairs";
    static final String JUDGES = "judges";
    static final String VOICE = "voice";
    static final String GOODHART = "goodhart";
    static final String PROVENANCE = "provenance";
    static final String AGREEMENT = "agreement";

    private Sections() {
    }

    static List<Section> of(LoopHealth health) {
        Section voice = health.voice().isEmpty() ? earlier(health, VOICE).orElseGet(() -> ReleaseSections.voice(health))
                : ReleaseSections.voice(health);
        Section provenance = ProvenanceSections.findings(health,
                health.contamination().isEmpty() ? earlier(health, PROVENANCE) : Optional.empty());
        return List.of(coverage(health), satisfaction(health), signals(health), pairs(health),
                QualitySections.judges(health), voice, ReleaseSections.goodhart(health),
                provenance, AnnotationSections.annotation(health));
    }

    /** The view as an earlier run with the arguments this one lacks computed it, if one did. */
    private static Optional<Section> earlier(LoopHealth health, String id) {
        return health.earlier().flatMap(snapshot -> snapshot.section(id));
    }

    static String reason(LoopHealth health, String id, String fallback) {
        return health.absences().getOrDefault(id, fallback);
    }

    private static Section coverage(LoopHealth health) {
        String title = "Feedback coverage by segment";
        if (health.coverage().isEmpty()) {
            return Section.absent(COVERAGE, title, reason(health, COVERAGE, "no coverage audit"));
        }
        CoverageReport report = health.coverage().get();
        List<String> categories = new ArrayList<>();
        List<Double> explicit = new ArrayList<>();
        List<Double> implicit = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        facts.add(String.format(Locale.ROOT, "%,d interactions: explicit feedback on %s, implicit signals on %s.", report.interactions(),
                Figures.percent(report.explicitShare()), Figures.percent(report.implicitShare())));
        for (CoverageRow row : report.rows()) {
            categories.add(row.dimension() + "=" + row.value());
            explicit.add(row.explicitShare());
            implicit.add(row.implicitShare());
            facts.add(String.format(Locale.ROOT, "%s=%s: %,d interactions, explicit %s, implicit %s.", row.dimension(), row.value(),
                    row.interactions(), Figures.percent(row.explicitShare()), Figures.percent(row.implicitShare())));
        }
        facts.add(report.verdict());
        return Section.of(COVERAGE, title, facts, List.of(new Chart("coverage-by-segment", "Share of interactions with feedback",
                ChartKind.BAR, categories, List.of(new Series("explicit feedback", explicit), new Series("implicit signals", implicit)))));
    }

    private static Section satisfaction(LoopHealth health) {
        String title = "Raw vs propensity-weighted satisfaction";
        if (health.coverage().isEmpty()) {
            return Section.absent(SATISFACTION, title, reason(health, COVERAGE, "no coverage audit"));
        }
        CoverageReport report = health.coverage().get();
        if (report.rated() == 0) {
            return Section.absent(SATISFACTION, title, "no interaction was rated with thumbs, so there is no satisfaction to weigh");
        }
        List<String> facts = new ArrayList<>();
        facts.add(String.format(Locale.ROOT, "Raw thumbs-up rate: %s of %,d rated interactions.", Figures.rate(report.rawThumbsUpRate()), report.rated()));
        Double weighted = null;
        if (report.ipw().isPresent()) {
            var ipw = report.ipw().get();
            weighted = ipw.estimate();
            facts.add(String.format(Locale.ROOT, "Propensity-weighted: %s, %.0f%% interval [%s, %s], effective sample size %.1f.",
                    Figures.rate(ipw.estimate()), ipw.level() * 100, Figures.rate(ipw.lower()), Figures.rate(ipw.upper()), ipw.effectiveSampleSize()));
        } else {
            facts.add("No feedback propensities were logged, so there is no propensity-weighted estimate.");
        }
        List<Double> values = new ArrayList<>();
        values.add(report.rawThumbsUpRate());
        values.add(weighted);
        return Section.of(SATISFACTION, title, facts, List.of(new Chart("satisfaction", "Thumbs-up rate",
                ChartKind.BAR, List.of("raw", "propensity-weighted"), List.of(new Series("thumbs-up rate", values)))));
    }

    private static Section signals(LoopHealth health) {
        String title = "Signal mix over time";
        if (health.mining().isEmpty()) {
            return Section.absent(SIGNALS, title, reason(health, PAIRS, "no mining result"));
        }
        List<Signal> signals = health.mining().get().signals();
        if (signals.isEmpty()) {
            return Section.absent(SIGNALS, title, "the stored feedback yields no signals");
        }
        Map<String, Map<String, Long>> byType = new TreeMap<>();
        TreeSet<String> days = new TreeSet<>();
        for (Signal s : signals) {
            String day = s.ts().atZone(ZoneOffset.UTC).toLocalDate().toString();
            days.add(day);
            byType.computeIfAbsent(s.type().name().toLowerCase(), t -> new TreeMap<>()).merge(day, 1L, Long::sum);
        }
        List<Series> series = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        facts.add(String.format(Locale.ROOT, "%,d signals from %s to %s (UTC days).", signals.size(), days.first(), days.last()));
        byType.forEach((type, counts) -> {
            List<Double> values = new ArrayList<>();
            days.forEach(d -> values.add(counts.getOrDefault(d, 0L).doubleValue()));
            series.add(new Series(type, values));
            facts.add(String.format(Locale.ROOT, "%s: %,d signals.", type, counts.values().stream().mapToLong(Long::longValue).sum()));
        });
        return Section.of(SIGNALS, title, facts, List.of(new Chart("signal-mix", "Signals per day by type", ChartKind.LINE,
                List.copyOf(days), series)));
    }

    private static Section pairs(LoopHealth health) {
        String title = "Pairs by source and filter";
        if (health.mining().isEmpty()) {
            return Section.absent(PAIRS, title, reason(health, PAIRS, "no mining result"));
        }
        MiningResult mining = health.mining().get();
        DatasetReport report = mining.dataset().report();
        List<String> facts = new ArrayList<>();
        facts.add(String.format(Locale.ROOT, "%,d pairs mined.", mining.dataset().pairs().size()));
        report.pairsByRule().forEach((rule, n) -> facts.add(String.format(Locale.ROOT, "rule %s: %,d candidates, %,d pairs kept.", rule,
                report.candidatesByRule().getOrDefault(rule, 0), n)));
        report.pairsByOrigin().forEach((origin, n) -> facts.add(String.format(Locale.ROOT, "origin %s: %,d pairs.", origin, n)));
        report.skipsByReason().forEach((reason, n) -> facts.add(String.format(Locale.ROOT, "filtered out by %s: %,d.", reason, n)));
        for (GateResult gate : report.gates()) {
            facts.add("gate " + gate.gate() + (gate.passed() ? " passed: " : " FAILED: ") + gate.message());
        }
        List<Chart> charts = new ArrayList<>();
        Map<String, Map<String, Integer>> bySource = new LinkedHashMap<>();
        bySource.put("candidates", report.candidatesByRule());
        bySource.put("pairs", report.pairsByRule());
        charts.add(counts("pairs-by-source", "Candidates and pairs by rule (source)", bySource));
        if (!report.skipsByReason().isEmpty()) {
            charts.add(counts("pairs-by-filter", "Candidates removed by filter", Map.of("removed", report.skipsByReason())));
        }
        return Section.of(PAIRS, title, facts, charts);
    }

    /** A bar chart of named counts over the union of their keys. */
    static Chart counts(String id, String title, Map<String, Map<String, Integer>> countsByName) {
        TreeSet<String> keys = new TreeSet<>();
        countsByName.values().forEach(c -> keys.addAll(c.keySet()));
        List<Series> series = new ArrayList<>();
        countsByName.forEach((name, counts) -> {
            List<Double> values = new ArrayList<>();
            keys.forEach(k -> values.add(counts.getOrDefault(k, 0).doubleValue()));
            series.add(new Series(name, values));
        });
        return new Chart(id, title, ChartKind.BAR, List.copyOf(keys), series);
    }
}
