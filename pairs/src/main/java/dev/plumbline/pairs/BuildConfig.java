package dev.plumbline.pairs;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dataset builder's filters and gates: minimum confidence, the near-identical distance, the
 * contradiction policy, optional length balancing (seeded), the AI-labelled share cap and per-source
 * quotas (rule name to maximum share).
 */
public record BuildConfig(
        double minConfidence,
        double nearIdenticalDistance,
        ContradictionPolicy contradictionPolicy,
        boolean balanceLength,
        long seed,
        double maxAiShare,
        Map<String, Double> sourceQuotas) {
    public static final BuildConfig DEFAULTS =
            new BuildConfig(0.5, 0.02, ContradictionPolicy.DROP_BOTH, false, 42, 0.5, Map.of());

    public BuildConfig {
        requireShare(minConfidence, "minConfidence");
        requireShare(nearIdenticalDistance, "nearIdenticalDistance");
        requireShare(maxAiShare, "maxAiShare");
        requireNonNull(contradictionPolicy, "contradictionPolicy is null");
        sourceQuotas = new TreeMap<>(requireNonNull(sourceQuotas, "sourceQuotas is null"));
        sourceQuotas.forEach((source, share) -> requireShare(share, "quota of " + source));
        sourceQuotas = java.util.Collections.unmodifiableMap(sourceQuotas);
    }

    private static void requireShare(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw PlumblineException.invalidInput(name + " must be in [0, 1], was " + value);
        }
    }

    public BuildConfig withBalanceLength(boolean balance) {
        return new BuildConfig(minConfidence, nearIdenticalDistance, contradictionPolicy, balance, seed, maxAiShare,
                sourceQuotas);
    }

    public BuildConfig withMaxAiShare(double share) {
        return new BuildConfig(minConfidence, nearIdenticalDistance, contradictionPolicy, balanceLength, seed, share,
                sourceQuotas);
    }

    public BuildConfig withSourceQuotas(Map<String, Double> quotas) {
        return new BuildConfig(minConfidence, nearIdenticalDistance, contradictionPolicy, balanceLength, seed,
                maxAiShare, quotas);
    }

    /** A canonical one-line-per-setting rendering, stable across runs, for hashing. */
    public String canonical() {
        return "build.minConfidence=" + minConfidence + "\nbuild.nearIdenticalDistance=" + nearIdenticalDistance
                + "\nbuild.contradictionPolicy=" + contradictionPolicy + "\nbuild.balanceLength=" + balanceLength
                + "\nbuild.seed=" + seed + "\nbuild.maxAiShare=" + maxAiShare + "\nbuild.sourceQuotas=" + sourceQuotas;
    }
}
