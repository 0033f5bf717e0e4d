package dev.plumbline.judging;

import static java.util.Objects.requireNonNull;

import dev.plumbline.stats.Interval;

/**
 * A judge's per-pair verdicts against the reference. With ties: over every pair that has a reference
 * and a verdict from the judge, unparsed verdicts counting as wrong. Without ties: over the pairs
 * where both the reference and the judge chose a side. Kappa (ties a class of their own) is over
 * the pairs with a parsed verdict.
 */
public record ReferenceAgreement(int subjects, int unparsed, int agree, double withTies, Interval withTiesInterval,
        int decisiveSubjects, int decisiveAgree, double withoutTies, double kappa) {
    public ReferenceAgreement {
        requireNonNull(withTiesInterval, "withTiesInterval is null");
    }
}
