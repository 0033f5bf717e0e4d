package dev.plumbline.judging;

import static java.util.Objects.requireNonNull;

import dev.plumbline.stats.Interval;
import java.util.List;

/**
 * Whether a judge prefers longer answers, over its parsed, decisive verdicts whose two answers are
 * known. {@code preferLongerRate} is P(prefers the longer | lengths differ). The logistic model is
 * P(picks the answer shown first) = σ(positionIntercept + lengthCoefficient · Δ / lengthSd), Δ the
 * length of the first-shown minus the second-shown answer in characters: a positive coefficient is a
 * length preference, a non-zero intercept a position preference with length held equal.
 */
public record LengthBias(int observations, int differingLength, int prefersLonger, double preferLongerRate,
        Interval preferLongerInterval, double lengthCoefficient, double lengthCoefficientStandardError,
        double positionIntercept, double lengthSd, boolean converged, List<ModelWinRate> winRates) {
    public LengthBias {
        requireNonNull(preferLongerInterval, "preferLongerInterval is null");
        winRates = List.copyOf(requireNonNull(winRates, "winRates is null"));
    }
}
