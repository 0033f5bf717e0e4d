package dev.plumbline.judging;

import dev.plumbline.model.Label;
import dev.plumbline.stats.Aggregate;
import dev.plumbline.stats.AgreementBand;
import dev.plumbline.stats.DawidSkeneFit;
import dev.plumbline.stats.Estimate;
import dev.plumbline.stats.KrippendorffAlpha;
import dev.plumbline.stats.MajorityVote;
import dev.plumbline.stats.RatedUnit;
import dev.plumbline.stats.Ratings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The agreement audit: a pure function from labels (any that several annotators gave on the same
 * subjects: a queue's, or imported ones) to an {@link AgreementReport}. Pairwise labels are compared
 * in canonical order, so sides shown in a randomized order still compare. When an annotator labelled
 * a subject more than once, their latest label counts. Unparsed labels are ignored, and so, unless
 * the options include them, are labels given with a draft in view (counted in the report).
 */
public final class AgreementAudit {
    private AgreementAudit() {
    }

    public static AgreementReport audit(List<Label> labels, AgreementAuditOptions options) {
        List<Label> raters = labels.stream()
                .filter(label -> options.roles().contains(label.actor().role()))
                .filter(label -> options.includeGold() || !"true".equals(label.meta().get("gold")))
                .toList();
        int assistedExcluded = options.includeAssisted() ? 0 : (int) raters.stream().filter(Label::sawDraft).count();
        List<RaterLabel> kept = latest(raters.stream()
                .filter(label -> options.includeAssisted() || !label.sawDraft())
                .map(RaterLabel::of).flatMap(Optional::stream).toList());
        Ratings ratings = ratings(kept);
        Ratings pairable = ratings.pairable();
        List<Aggregate> majority = MajorityVote.of(ratings);
        DawidSkeneFit fit = options.dawidSkene().fit(ratings);
        return new AgreementReport(kept.size(), ratings.size(), pairable.size(), ratings.raters(), ratings.categories(),
                AgreementCoefficients.raw(pairable, options.bootstrap()),
                AgreementCoefficients.fleiss(pairable, options.bootstrap()),
                AgreementCoefficients.alpha(pairable, options.bootstrap()), pairs(ratings, options),
                annotators(ratings, kept, fit), groups(kept, RaterLabel::guideline, options),
                groups(kept, RaterLabel::queue, options), majority(majority), dawidSkene(fit, majority),
                adjudication(ratings, majority, fit, options.adjudicationThreshold()), assistedExcluded);
    }

    /** One label per (subject, rater): the latest by timestamp, input order breaking ties. */
    private static List<RaterLabel> latest(List<RaterLabel> labels) {
        List<Integer> byTime = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            byTime.add(i);
        }
        byTime.sort(Comparator.comparing((Integer i) -> labels.get(i).label().ts()));
        Map<String, Integer> latest = new LinkedHashMap<>();
        byTime.forEach(i -> latest.put(labels.get(i).subject() + "\u0000" + labels.get(i).rater(), i));
        return latest.values().stream().sorted().map(labels::get).toList();
    }

    private static Ratings ratings(List<RaterLabel> labels) {
        return Ratings.of(labels.stream().map(l -> new Ratings.Rating(l.subject(), l.rater(), l.value())).toList());
    }

    private static List<PairAgreement> pairs(Ratings ratings, AgreementAuditOptions options) {
        List<String> raters = ratings.raters();
        List<PairAgreement> pairs = new ArrayList<>();
        for (int i = 0; i < raters.size(); i++) {
            for (int j = i + 1; j < raters.size(); j++) {
                PairAgreement pair = AgreementCoefficients.pair(ratings, raters.get(i), raters.get(j), options.bootstrap());
                if (pair.shared() > 0) {
                    pairs.add(pair);
                }
            }
        }
        return pairs;
    }

    private static List<AnnotatorSummary> annotators(Ratings ratings, List<RaterLabel> labels, DawidSkeneFit fit) {
        List<AnnotatorSummary> summaries = new ArrayList<>();
        for (String rater : ratings.raters()) {
            int compared = 0;
            int agree = 0;
            for (RatedUnit unit : ratings.units()) {
                String own = unit.values().get(rater);
                Map<String, String> others = new TreeMap<>(unit.values());
                others.remove(rater);
                Optional<String> othersMajority = own == null || others.isEmpty()
                        ? Optional.empty() : MajorityVote.of(new RatedUnit(unit.id(), others)).label();
                if (othersMajority.isPresent()) {
                    compared++;
                    agree += othersMajority.get().equals(own) ? 1 : 0;
                }
            }
            long count = labels.stream().filter(l -> l.rater().equals(rater)).count();
            summaries.add(new AnnotatorSummary(rater, (int) count, compared,
                    compared == 0 ? Double.NaN : (double) agree / compared, fit.accuracy(rater)));
        }
        return summaries;
    }

    private static List<GroupAgreement> groups(List<RaterLabel> labels, Function<RaterLabel, Optional<String>> key,
            AgreementAuditOptions options) {
        Map<String, List<RaterLabel>> byGroup = new TreeMap<>();
        labels.forEach(label -> key.apply(label).ifPresent(group ->
                byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(label)));
        List<GroupAgreement> groups = new ArrayList<>();
        byGroup.forEach((group, groupLabels) -> {
            Ratings pairable = ratings(groupLabels).pairable();
            Estimate alpha = options.bootstrap().estimate(pairable.units(),
                    units -> KrippendorffAlpha.nominal(new Ratings(units)));
            groups.add(new GroupAgreement(group, groupLabels.size(), pairable.size(), alpha, AgreementBand.of(alpha.value())));
        });
        return groups;
    }

    private static MajoritySummary majority(List<Aggregate> majority) {
        Map<String, Integer> counts = new TreeMap<>();
        int none = 0;
        for (Aggregate aggregate : majority) {
            if (aggregate.label().isPresent()) {
                counts.merge(aggregate.label().get(), 1, Integer::sum);
            } else {
                none++;
            }
        }
        return new MajoritySummary(counts, none);
    }

    private static DawidSkeneSummary dawidSkene(DawidSkeneFit fit, List<Aggregate> majority) {
        Map<String, Integer> counts = new TreeMap<>();
        int differs = 0;
        for (int i = 0; i < fit.posteriors().size(); i++) {
            Optional<String> label = fit.posteriors().get(i).label();
            label.ifPresent(value -> counts.merge(value, 1, Integer::sum));
            differs += majority.get(i).label().isPresent() && !majority.get(i).label().equals(label) ? 1 : 0;
        }
        return new DawidSkeneSummary(fit.iterations(), fit.converged(), fit.logLikelihood(), fit.categories(),
                fit.priors(), fit.confusion(), counts, differs);
    }

    /** Subjects with no majority, or whose Dawid–Skene posterior stays below the threshold; least certain first. */
    private static List<Adjudication> adjudication(Ratings ratings, List<Aggregate> majority, DawidSkeneFit fit,
            double threshold) {
        List<Adjudication> uncertain = new ArrayList<>();
        for (int i = 0; i < ratings.size(); i++) {
            Aggregate posterior = fit.posteriors().get(i);
            if (majority.get(i).label().isEmpty() || posterior.confidence() < threshold) {
                uncertain.add(new Adjudication(posterior.unit(), majority.get(i).label(), posterior.label().orElse(""),
                        posterior.confidence(), ratings.units().get(i).values()));
            }
        }
        uncertain.sort(Comparator.comparingDouble(Adjudication::posterior).thenComparing(Adjudication::subject));
        return uncertain;
    }
}
