package dev.plumbline.signals;

import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Record;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * The coverage and selection-bias audit: explicit feedback comes from a self-selected few, so it
 * is reported beside implicit coverage, by segment ({@code meta.segment}), feature ({@code
 * meta.feature}) and model version, and the thumbs-up rate is re-weighted by the inverse of each
 * rated interaction's {@code feedback_propensity} (self-normalized) over the ratings that carry one. Pure:
 * sessions in, report out; accumulate with {@link #add}, or call {@link #audit}. Not thread-safe.
 */
public final class CoverageAudit {
    public static final int BOOTSTRAP_ROUNDS = 1000;
    private static final List<String> DIMENSIONS = List.of("segment", "feature", "model_version");

    private final List<SignalRule> rules;
    private final Map<String, long[]> counts = new TreeMap<>();
    private final List<double[]> rated = new ArrayList<>();
    private long ratedWithoutPropensity;
    private long withoutPropensity;

    public CoverageAudit(SignalConfig signals) {
        this.rules = SignalRules.standard(signals);
    }

    /** Audits records held in memory with the default session and signal settings. */
    public static CoverageReport audit(Iterable<? extends Record> records, long seed) {
        CoverageAudit audit = new CoverageAudit(SignalConfig.DEFAULTS);
        new Sessionizer(SessionConfig.DEFAULTS).group(records).sessions().forEach(audit::add);
        return audit.report(seed);
    }

    public void add(Session session) {
        Set<String> implicit = new HashSet<>();
        SignalRules.apply(rules, session).forEach(s -> implicit.add(s.interactionId()));
        for (Interaction interaction : session.interactions()) {
            List<Feedback> feedback = session.feedbackAbout(interaction.id());
            boolean explicit = feedback.stream().anyMatch(f -> f.type().explicit());
            boolean anyImplicit = implicit.contains(interaction.id())
                    || feedback.stream().anyMatch(f -> !f.type().explicit() && f.type() != FeedbackType.OUTCOME);
            count("all", "all", explicit, anyImplicit);
            count("segment", interaction.meta().getOrDefault("segment", "(none)"), explicit, anyImplicit);
            count("feature", interaction.meta().getOrDefault("feature", "(none)"), explicit, anyImplicit);
            count("model_version", interaction.model().release(), explicit, anyImplicit);
            thumbs(session, interaction);
        }
    }

    private void count(String dimension, String value, boolean explicit, boolean implicit) {
        long[] c = counts.computeIfAbsent(dimension + "\u0000" + value, k -> new long[3]);
        c[0]++;
        c[1] += explicit ? 1 : 0;
        c[2] += implicit ? 1 : 0;
    }

    private void thumbs(Session session, Interaction interaction) {
        Optional<Double> latest = Optional.empty();
        for (Feedback feedback : session.feedbackOn(interaction.id())) {
            if (feedback.type() == FeedbackType.THUMBS && feedback.value().isPresent()) {
                latest = feedback.value();
            }
        }
        withoutPropensity += interaction.feedbackPropensity().isEmpty() ? 1 : 0;
        if (latest.isPresent()) {
            ratedWithoutPropensity += interaction.feedbackPropensity().isEmpty() ? 1 : 0;
            rated.add(new double[] {latest.get() > 0 ? 1 : 0, interaction.feedbackPropensity().orElse(Double.NaN)});
        }
    }

    public CoverageReport report(long seed) {
        long[] all = counts.getOrDefault("all\u0000all", new long[3]);
        List<CoverageRow> rows = new ArrayList<>();
        counts.forEach((key, c) -> {
            String[] parts = key.split("\u0000", 2);
            if (DIMENSIONS.contains(parts[0])) {
                rows.add(new CoverageRow(parts[0], parts[1], c[0], share(c[1], c[0]), share(c[2], c[0])));
            }
        });
        long up = rated.stream().filter(r -> r[0] == 1).count();
        double raw = share(up, rated.size());
        Optional<IpwEstimate> ipw = rated.size() == ratedWithoutPropensity ? Optional.empty() : Optional.of(ipw(seed));
        return new CoverageReport(all[0], share(all[1], all[0]), share(all[2], all[0]), rows, rated.size(), up, raw,
                ratedWithoutPropensity, withoutPropensity, ipw, verdict(all, raw, ipw));
    }

    /**
     * The self-normalized estimate over the ratings whose interaction carries the propensity with
     * which the product asked for them: the randomized arm. Self-selected ratings (no propensity)
     * cannot be reweighted and are left out of it; the verdict says how many.
     */
    private IpwEstimate ipw(long seed) {
        List<double[]> weighted = rated.stream().filter(r -> !Double.isNaN(r[1])).toList();
        double[] y = weighted.stream().mapToDouble(r -> r[0]).toArray();
        double[] w = weighted.stream().mapToDouble(r -> 1 / r[1]).toArray();
        double[] boot = new double[BOOTSTRAP_ROUNDS];
        Random random = new Random(seed);
        int[] draw = new int[y.length];
        for (int b = 0; b < BOOTSTRAP_ROUNDS; b++) {
            for (int i = 0; i < draw.length; i++) {
                draw[i] = random.nextInt(y.length);
            }
            boot[b] = selfNormalized(y, w, draw);
        }
        java.util.Arrays.sort(boot);
        int[] all = java.util.stream.IntStream.range(0, y.length).toArray();
        double sum = java.util.Arrays.stream(w).sum();
        double squares = java.util.Arrays.stream(w).map(v -> v * v).sum();
        return new IpwEstimate(selfNormalized(y, w, all), sum * sum / squares,
                boot[(int) Math.floor(0.025 * BOOTSTRAP_ROUNDS)], boot[(int) Math.ceil(0.975 * BOOTSTRAP_ROUNDS) - 1],
                0.95, BOOTSTRAP_ROUNDS, seed);
    }

    /** sum(w y) / sum(w) over the drawn indices. */
    static double selfNormalized(double[] y, double[] w, int[] indices) {
        double weighted = 0;
        double total = 0;
        for (int i : indices) {
            weighted += w[i] * y[i];
            total += w[i];
        }
        return total == 0 ? 0 : weighted / total;
    }

    private String verdict(long[] all, double raw, Optional<IpwEstimate> ipw) {
        String coverage = String.format(Locale.ROOT, "%.1f%% of %d interactions have explicit feedback, %.1f%% implicit"
                + " signals.", 100 * share(all[1], all[0]), all[0], 100 * share(all[2], all[0]));
        if (rated.isEmpty()) {
            return coverage + " No interaction has a thumbs rating, so there is no satisfaction estimate.";
        }
        if (ipw.isEmpty()) {
            return coverage + String.format(Locale.ROOT, " Propensities are missing for %d of %d rated interactions:"
                    + " no inverse-propensity estimate is possible, and the raw thumbs-up rate %.3f describes only the"
                    + " people who chose to rate; it is biased toward them.", ratedWithoutPropensity, rated.size(), raw);
        }
        IpwEstimate e = ipw.get();
        String excluded = ratedWithoutPropensity == 0 ? "" : String.format(Locale.ROOT, " %d self-selected ratings"
                + " (no propensity) are left out of the estimate; the raw rate includes them and is biased toward"
                + " the people who chose to rate.", ratedWithoutPropensity);
        return coverage + String.format(Locale.ROOT, " Raw thumbs-up rate %.3f; inverse-propensity estimate %.3f"
                + " (95%% bootstrap interval %.3f to %.3f, effective sample size %.1f of %d with propensities).", raw,
                e.estimate(), e.lower(), e.upper(), e.effectiveSampleSize(), rated.size() - ratedWithoutPropensity)
                + excluded;
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
