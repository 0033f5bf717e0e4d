package dev.plumbline.monitors;

import static java.util.Objects.requireNonNull;

/**
 * Spearman's rank correlation of a proxy with an outcome across the releases that have both.
 * {@code tracking} is rho oriented by both metrics' directions: +1 means the proxy's ranking of
 * releases is the outcome's, -1 that a better proxy goes with a worse outcome. Immutable.
 */
public record RankCorrelation(String proxy, String outcome, double rho, double tracking, int releases) {
    public RankCorrelation {
        requireNonNull(proxy, "proxy is null");
        requireNonNull(outcome, "outcome is null");
    }
}
