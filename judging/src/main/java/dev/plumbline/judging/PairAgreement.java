package dev.plumbline.judging;

import static java.util.Objects.requireNonNull;

import dev.plumbline.stats.Estimate;

/** Two annotators on the subjects both labelled: raw agreement and Cohen's kappa (ties a class of their own). */
public record PairAgreement(String first, String second, int shared, double rawAgreement, Estimate kappa) {
    public PairAgreement {
        requireNonNull(first, "first is null");
        requireNonNull(second, "second is null");
        requireNonNull(kappa, "kappa is null");
    }
}
