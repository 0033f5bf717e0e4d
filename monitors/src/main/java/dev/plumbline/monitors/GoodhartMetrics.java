package dev.plumbline.monitors;

import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Label;
import dev.plumbline.model.LabelSubject;
import dev.plumbline.model.Record;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Computes each release's proxy and outcome metrics from stored records: the judge's pairwise win
 * rate against the previous release (ties count half), the mean judge score of single items, the
 * thumbs-up share of thumbs, the share of interactions accepted, and the mean of each named
 * {@code outcome}. A metric with no data for a release is left out for it. Stateless.
 */
public final class GoodhartMetrics {
    public static final String WIN_RATE = "judge_win_rate_vs_previous";
    public static final String JUDGE_SCORE = "mean_judge_score";
    public static final String THUMBS_UP = "thumbs_up_rate";
    public static final String ACCEPTANCE = "acceptance_rate";
    public static final String OUTCOME_PREFIX = "outcome:";

    private GoodhartMetrics() {
    }

    public static List<ReleaseMetric> measure(List<? extends Record> records, ReleaseRegistry registry,
            GoodhartOptions options) {
        Map<String, String> releaseOf = new HashMap<>();
        records.stream().filter(Interaction.class::isInstance).map(Interaction.class::cast)
                .forEach(i -> releaseOf.put(i.id(), i.model().release()));
        List<Feedback> feedback = records.stream().filter(Feedback.class::isInstance).map(Feedback.class::cast).toList();
        List<Label> labels = records.stream().filter(Label.class::isInstance).map(Label.class::cast)
                .filter(label -> label.actor().role() == ActorRole.JUDGE && !label.unparsed()).toList();
        boolean anyAccept = feedback.stream().anyMatch(f -> f.type() == FeedbackType.ACCEPT);
        List<ReleaseMetric> metrics = new ArrayList<>();
        for (String release : registry.keys()) {
            registry.previous(release).flatMap(previous -> winRate(release, previous.key(), labels, releaseOf))
                    .ifPresent(metrics::add);
            judgeScore(release, labels, releaseOf).ifPresent(metrics::add);
            thumbsUp(release, feedback, releaseOf).ifPresent(metrics::add);
            if (anyAccept) {
                acceptance(release, feedback, releaseOf).ifPresent(metrics::add);
            }
            metrics.addAll(outcomes(release, feedback, releaseOf, options));
        }
        return metrics;
    }

    private static Optional<ReleaseMetric> winRate(String release, String previous, List<Label> labels,
            Map<String, String> releaseOf) {
        double wins = 0;
        int n = 0;
        for (Label label : labels) {
            if (label.subject() instanceof LabelSubject.Pair pair) {
                String first = releaseOf.get(pair.first());
                String second = releaseOf.get(pair.second());
                boolean releaseFirst = release.equals(first) && previous.equals(second);
                boolean releaseSecond = previous.equals(first) && release.equals(second);
                if (releaseFirst || releaseSecond) {
                    wins += score(label.value(), releaseFirst);
                    n++;
                }
            }
        }
        return n == 0 ? Optional.empty() : Optional.of(new ReleaseMetric(release, WIN_RATE, MetricKind.PROXY,
                Direction.HIGHER_IS_BETTER, Estimate.proportion(wins, n), true));
    }

    private static double score(String value, boolean releaseIsFirst) {
        if ("tie".equals(value)) {
            return 0.5;
        }
        return "A".equals(value) == releaseIsFirst ? 1 : 0;
    }

    private static Optional<ReleaseMetric> judgeScore(String release, List<Label> labels, Map<String, String> releaseOf) {
        double[] scores = labels.stream()
                .filter(l -> l.subject() instanceof LabelSubject.Item item && release.equals(releaseOf.get(item.id())))
                .map(l -> number(l.value())).flatMap(Optional::stream).mapToDouble(Double::doubleValue).toArray();
        return scores.length == 0 ? Optional.empty() : Optional.of(new ReleaseMetric(release, JUDGE_SCORE,
                MetricKind.PROXY, Direction.HIGHER_IS_BETTER, Estimate.mean(scores), false));
    }

    private static Optional<ReleaseMetric> thumbsUp(String release, List<Feedback> feedback,
            Map<String, String> releaseOf) {
        List<Feedback> thumbs = feedback.stream()
                .filter(f -> f.type() == FeedbackType.THUMBS && f.value().isPresent())
                .filter(f -> release.equals(releaseOf.get(f.interactionId()))).toList();
        long up = thumbs.stream().filter(f -> f.value().orElseThrow() > 0).count();
        return thumbs.isEmpty() ? Optional.empty() : Optional.of(new ReleaseMetric(release, THUMBS_UP,
                MetricKind.PROXY, Direction.HIGHER_IS_BETTER, Estimate.proportion(up, thumbs.size()), false));
    }

    private static Optional<ReleaseMetric> acceptance(String release, List<Feedback> feedback,
            Map<String, String> releaseOf) {
        long interactions = releaseOf.values().stream().filter(release::equals).count();
        Set<String> accepted = new HashSet<>();
        feedback.stream().filter(f -> f.type() == FeedbackType.ACCEPT)
                .filter(f -> release.equals(releaseOf.get(f.interactionId())))
                .forEach(f -> accepted.add(f.interactionId()));
        return interactions == 0 ? Optional.empty() : Optional.of(new ReleaseMetric(release, ACCEPTANCE,
                MetricKind.PROXY, Direction.HIGHER_IS_BETTER,
                Estimate.proportion(accepted.size(), (int) interactions), false));
    }

    private static List<ReleaseMetric> outcomes(String release, List<Feedback> feedback,
            Map<String, String> releaseOf, GoodhartOptions options) {
        Map<String, List<Double>> values = new TreeMap<>();
        feedback.stream().filter(f -> f.type() == FeedbackType.OUTCOME && f.name().isPresent() && f.value().isPresent())
                .filter(f -> release.equals(releaseOf.get(f.interactionId())))
                .forEach(f -> values.computeIfAbsent(f.name().orElseThrow(), k -> new ArrayList<>())
                        .add(f.value().orElseThrow()));
        List<ReleaseMetric> metrics = new ArrayList<>();
        values.forEach((name, observed) -> metrics.add(new ReleaseMetric(release, OUTCOME_PREFIX + name,
                MetricKind.OUTCOME, options.directionOf(name), estimate(observed), false)));
        return metrics;
    }

    /** Binary outcomes get the Wilson interval; any other scale a mean with its standard error. */
    private static Estimate estimate(List<Double> values) {
        boolean binary = values.stream().allMatch(v -> v == 0 || v == 1);
        if (binary) {
            return Estimate.proportion(values.stream().mapToDouble(Double::doubleValue).sum(), values.size());
        }
        return Estimate.mean(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static Optional<Double> number(String value) {
        try {
            return Optional.of(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
