package dev.plumbline.probes;

import static java.util.Objects.requireNonNull;

/**
 * One check (or, with prompt {@code *}, all checks of one type pooled) compared between the two
 * models on paired samples (same prompt, same repetition). {@code baselineOnly}: pairs only the
 * baseline passed; {@code candidateOnly}: only the candidate passed. Pairs with an unparsed judge
 * verdict on either side are left out of the test and counted. The p-value is the exact McNemar test.
 */
public record CheckComparison(String prompt, String check, String type, int pairs, Proportion baselinePass,
        Proportion candidatePass, int baselineOnly, int candidateOnly, int unparsed, double pValue, Change change) {
    public CheckComparison {
        requireNonNull(prompt, "prompt is null");
        requireNonNull(check, "check is null");
        requireNonNull(type, "type is null");
        requireNonNull(baselinePass, "baselinePass is null");
        requireNonNull(candidatePass, "candidatePass is null");
        requireNonNull(change, "change is null");
    }

    /** What the test says about the candidate on this check. */
    public enum Change { REGRESSION, IMPROVEMENT, NO_SIGNIFICANT_CHANGE }

    /** The check's id in reports: {@code prompt/check}. */
    public String id() {
        return prompt + "/" + check;
    }
}
