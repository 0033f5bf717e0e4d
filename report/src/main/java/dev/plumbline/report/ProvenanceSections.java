package dev.plumbline.report;

import dev.plumbline.provenance.ContaminationReport;
import dev.plumbline.provenance.OverlapMethod;
import dev.plumbline.provenance.OverlapReport;
import dev.plumbline.report.Chart.ChartKind;
import dev.plumbline.report.Chart.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Contamination of eval gold labels by the evaluated family, and train/eval overlap. */
final class ProvenanceSections {
    private static final String CONTAMINATION = "contamination";
    private ProvenanceSections() {
    }

    /**
     * The findings of this report's audits. Without a contamination audit of its own, the one an
     * earlier run computed ({@code earlier}, from its snapshot) is carried with its time; the
     * overlap shown is always this report's.
     */
    static Section findings(LoopHealth health, Optional<Section> earlier) {
        String title = "Contamination and overlap findings";
        Optional<Chart> carried = health.contamination().isEmpty()
                ? earlier.flatMap(e -> e.charts().stream().filter(c -> c.id().equals(CONTAMINATION)).findFirst())
                : Optional.empty();
        if (health.contamination().isEmpty() && health.overlap().isEmpty() && carried.isEmpty()) {
            return Section.absent(Sections.PROVENANCE, title, "no contamination or overlap audit was given (register an eval set:"
                    + " plumbline eval register NAME FILE; contamination also needs --family)");
        }
        List<String> facts = new ArrayList<>();
        List<Chart> charts = new ArrayList<>();
        Optional<java.time.Instant> computedAt = Optional.empty();
        if (!health.contamination().isEmpty()) {
            charts.add(contamination(health.contamination(), facts));
        } else if (carried.isPresent()) {
            computedAt = earlier.get().computedAt();
            facts.add("Contamination as an earlier report computed it" + computedAt.map(at -> " at " + at).orElse("")
                    + " (this one was not given the evaluated family, --family); the overlap below is this report's own.");
            carriedFacts(carried.get(), facts);
            charts.add(carried.get());
        } else {
            facts.add("No contamination audit was given (it needs the evaluated model family: --family).");
        }
        if (!health.overlap().isEmpty()) {
            charts.add(overlap(health.overlap(), facts));
        } else {
            facts.add("No overlap audit was given.");
        }
        return new Section(Sections.PROVENANCE, title, Optional.empty(), facts, charts, computedAt);
    }

    /** The carried chart's numbers, stated in text as every chart's are. */
    private static void carriedFacts(Chart chart, List<String> facts) {
        for (int i = 0; i < chart.categories().size(); i++) {
            facts.add(String.format(Locale.ROOT, "%s: %s of gold labels influenced (threshold %s).", chart.categories().get(i),
                    Figures.percent(chart.series().get(0).values().get(i)), Figures.percent(chart.series().get(1).values().get(i))));
        }
    }

    private static Chart contamination(List<ContaminationReport> reports, List<String> facts) {
        List<String> sets = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        List<Double> thresholds = new ArrayList<>();
        for (ContaminationReport r : reports) {
            sets.add(r.evalSet() + " / " + r.family());
            shares.add(r.share());
            thresholds.add(r.threshold());
            facts.add(String.format(Locale.ROOT, "%s: %s of %,d gold labels influenced by %s (threshold %s)%s.", r.evalSet(), Figures.percent(r.share()),
                    r.goldLabels(), r.family(), Figures.percent(r.threshold()), r.failed() ? " — FAILED, quarantine " + r.quarantine().size() + " items" : ""));
        }
        return new Chart(CONTAMINATION, "Share of gold labels influenced by the evaluated family", ChartKind.BAR, sets,
                List.of(new Series("influenced share", shares), new Series("threshold", thresholds)));
    }

    private static Chart overlap(List<OverlapReport> reports, List<String> facts) {
        List<String> pairs = new ArrayList<>();
        List<Series> series = new ArrayList<>();
        for (OverlapReport r : reports) {
            pairs.add(r.train() + " → " + r.eval());
            facts.add(String.format(Locale.ROOT, "%s vs %s: %,d train items and %,d eval items flagged.", r.train(), r.eval(),
                    r.flaggedTrainIds().size(), r.flaggedEvalIds().size()));
        }
        for (OverlapMethod method : OverlapMethod.values()) {
            List<Double> values = new ArrayList<>();
            for (OverlapReport r : reports) {
                values.add((double) r.matches(method).size());
                if (!r.matches(method).isEmpty()) {
                    facts.add(String.format(Locale.ROOT, "%s vs %s: %,d %s matches.", r.train(), r.eval(), r.matches(method).size(), method.name().toLowerCase()));
                }
            }
            series.add(new Series(method.name().toLowerCase() + " matches", values));
        }
        return new Chart("overlap", "Train/eval overlap matches by method", ChartKind.BAR, pairs, series);
    }
}
