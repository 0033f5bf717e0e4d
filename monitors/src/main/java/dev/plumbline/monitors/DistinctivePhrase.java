package dev.plumbline.monitors;

import static java.util.Objects.requireNonNull;

/**
 * A phrase one corpus uses more than another: its counts in each, the log-odds ratio with an
 * informative Dirichlet prior, and that ratio's z-score (positive: more typical of the first
 * corpus). |z| above 1.96 is the usual reading of "distinctive".
 */
public record DistinctivePhrase(String phrase, int order, long countFirst, long countSecond, double logOddsRatio,
        double z) {
    public DistinctivePhrase {
        requireNonNull(phrase, "phrase is null");
    }
}
