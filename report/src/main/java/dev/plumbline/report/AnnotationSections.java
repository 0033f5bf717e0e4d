package dev.plumbline.report;

import dev.plumbline.annotation.AnnotatorThroughput;
import dev.plumbline.annotation.QueueMetrics;
import dev.plumbline.judging.AgreementReport;
import dev.plumbline.judging.AlphaResult;
import dev.plumbline.judging.AnnotatorSummary;
import dev.plumbline.judging.PairAgreement;
import dev.plumbline.report.Chart.ChartKind;
import dev.plumbline.report.Chart.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * The annotation view: the queues' throughput and backlog (items per hour and time per item per
 * annotator, the age of waiting items, items waiting per feeding policy) and the agreement of the
 * annotators' labels. Either half may be missing; the view says which.
 */
final class AnnotationSections {
    private AnnotationSections() {
    }

    static Section annotation(LoopHealth health) {
        String title = "Annotation throughput and agreement";
        if (health.queues().isEmpty() && health.agreement().isEmpty()) {
            return Section.absent(Sections.AGREEMENT, title, "no annotation queue exists and "
                    + Sections.reason(health, Sections.AGREEMENT, "no agreement audit"));
        }
        List<String> facts = new ArrayList<>();
        List<Chart> charts = new ArrayList<>();
        if (health.queues().isEmpty()) {
            facts.add("No annotation queue exists in this project, so there is no throughput or backlog to show.");
        } else {
            throughput(health.queues(), facts, charts);
        }
        if (health.agreement().isEmpty()) {
            facts.add("Agreement: not available: " + Sections.reason(health, Sections.AGREEMENT, "no agreement audit") + ".");
        } else {
            agreement(health.agreement().get(), facts, charts);
        }
        return Section.of(Sections.AGREEMENT, title, facts, charts);
    }

    private static void throughput(List<QueueThroughput> queues, List<String> facts, List<Chart> charts) {
        List<String> names = new ArrayList<>();
        List<Double> p50 = new ArrayList<>();
        List<Double> p95 = new ArrayList<>();
        List<Double> waiting = new ArrayList<>();
        List<Double> inProgress = new ArrayList<>();
        List<Double> complete = new ArrayList<>();
        for (QueueThroughput q : queues) {
            QueueMetrics m = q.metrics();
            names.add(q.queue());
            p50.add(m.ageP50Seconds());
            p95.add(m.ageP95Seconds());
            waiting.add((double) m.waiting());
            inProgress.add((double) m.inProgress());
            complete.add((double) m.complete());
            facts.add(queueFact(q.queue(), m));
            m.annotators().forEach(a -> facts.add(annotatorFact(q.queue(), a)));
        }
        charts.add(perAnnotator("annotator-throughput", "Items per hour per annotator", queues, AnnotatorThroughput::itemsPerHour));
        charts.add(perAnnotator("annotator-time-per-item", "Median seconds per item per annotator", queues,
                AnnotatorThroughput::medianSecondsPerItem));
        charts.add(new Chart("queue-age", "Age of waiting items per queue (seconds)", ChartKind.BAR, names,
                List.of(new Series("p50 age (s)", p50), new Series("p95 age (s)", p95))));
        charts.add(new Chart("queue-backlog", "Items per queue by state", ChartKind.BAR, names,
                List.of(new Series("waiting", waiting), new Series("in progress", inProgress), new Series("complete", complete))));
        Map<String, Map<String, Integer>> perPolicy = new TreeMap<>();
        queues.forEach(q -> perPolicy.put(q.queue() + " waiting", q.metrics().waitingPerPolicy()));
        if (queues.stream().anyMatch(q -> q.metrics().waiting() > 0)) {
            charts.add(Sections.counts("queue-waiting-per-policy", "Items waiting per feeding policy", perPolicy));
        }
    }

    private static String queueFact(String queue, QueueMetrics m) {
        return String.format(Locale.ROOT, "Queue %s: %,d items (%,d waiting, %,d in progress, %,d complete), %,d labels; waiting items'"
                + " age p50 %s s, p95 %s s; waiting per policy: %s.", queue, m.items(), m.waiting(), m.inProgress(), m.complete(),
                m.labels(), seconds(m.ageP50Seconds()), seconds(m.ageP95Seconds()), policies(m.waitingPerPolicy()));
    }

    private static String annotatorFact(String queue, AnnotatorThroughput a) {
        String gold = a.goldAccuracy().isPresent()
                ? String.format(Locale.ROOT, "gold accuracy %s (%d of %d)", Figures.rate(a.goldAccuracy().getAsDouble()), a.goldCorrect(), a.goldLabels())
                : "no gold items yet";
        return String.format(Locale.ROOT, "Queue %s, %s: %,d labels, %.1f items per hour of work, median %s s per item, %s.", queue,
                a.annotator(), a.labels(), a.itemsPerHour(), seconds(a.medianSecondsPerItem()), gold);
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String policies(Map<String, Integer> perPolicy) {
        if (perPolicy.isEmpty()) {
            return "none";
        }
        StringBuilder text = new StringBuilder();
        new TreeMap<>(perPolicy).forEach((policy, n) -> text.append(text.length() == 0 ? "" : ", ").append(policy).append(' ').append(n));
        return text.toString();
    }

    /** One series per queue over the union of its annotators; {@code null} where an annotator did not work a queue. */
    private static Chart perAnnotator(String id, String title, List<QueueThroughput> queues, ToDoubleFunction<AnnotatorThroughput> value) {
        TreeSet<String> annotators = new TreeSet<>();
        queues.forEach(q -> q.metrics().annotators().forEach(a -> annotators.add(a.annotator())));
        List<Series> series = new ArrayList<>();
        for (QueueThroughput q : queues) {
            List<Double> values = new ArrayList<>();
            for (String annotator : annotators) {
                Optional<AnnotatorThroughput> row = q.metrics().annotators().stream().filter(a -> a.annotator().equals(annotator)).findFirst();
                values.add(row.map(value::applyAsDouble).orElse(null));
            }
            series.add(new Series(q.queue(), values));
        }
        return new Chart(id, title, ChartKind.BAR, List.copyOf(annotators), series);
    }

    private static void agreement(AgreementReport report, List<String> facts, List<Chart> charts) {
        facts.add(String.format(Locale.ROOT, "%,d labels from %d annotators on %,d subjects (%,d labelled by two or more).", report.labels(),
                report.annotators().size(), report.subjects(), report.pairableSubjects()));
        if (report.assistedExcluded() > 0) {
            facts.add(String.format(Locale.ROOT, "%,d labels given with a draft in view (saw_draft) were left out: anchored on"
                    + " the same draft, they would agree through it.", report.assistedExcluded()));
        }
        facts.add("Raw agreement " + Figures.estimate(report.rawAgreement()) + "; Fleiss kappa " + Figures.estimate(report.fleissKappa()) + ".");
        for (AlphaResult alpha : report.alpha()) {
            facts.add("Krippendorff alpha (" + alpha.level().name().toLowerCase() + ") " + Figures.estimate(alpha.estimate())
                    + ", " + alpha.band().name().toLowerCase().replace('_', ' ') + ".");
        }
        List<String> pairs = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        List<Double> kappa = new ArrayList<>();
        for (PairAgreement pair : report.pairs()) {
            pairs.add(pair.first() + " & " + pair.second());
            raw.add(pair.rawAgreement());
            kappa.add(pair.kappa().value());
            facts.add(String.format(Locale.ROOT, "%s & %s: %,d shared subjects, raw agreement %s, kappa %s.", pair.first(), pair.second(),
                    pair.shared(), Figures.rate(pair.rawAgreement()), Figures.estimate(pair.kappa())));
        }
        List<String> annotators = new ArrayList<>();
        List<Double> withOthers = new ArrayList<>();
        List<Double> labels = new ArrayList<>();
        for (AnnotatorSummary a : report.perAnnotator()) {
            annotators.add(a.annotator());
            withOthers.add(a.agreementWithOthers());
            labels.add((double) a.labels());
            facts.add(String.format(Locale.ROOT, "%s: %,d labels, agreement with others %s.", a.annotator(), a.labels(), Figures.rate(a.agreementWithOthers())));
        }
        charts.add(new Chart("agreement-pairs", "Agreement per annotator pair", ChartKind.BAR, pairs,
                List.of(new Series("raw agreement", raw), new Series("Cohen kappa", kappa))));
        charts.add(new Chart("annotator-agreement", "Agreement with the other annotators", ChartKind.BAR, annotators,
                List.of(new Series("agreement with others", withOthers))));
        charts.add(new Chart("annotator-labels", "Labels per annotator", ChartKind.BAR, annotators,
                List.of(new Series("labels", labels))));
    }
}
