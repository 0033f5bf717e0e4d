package dev.plumbline.simulate;

import dev.plumbline.model.PlumblineException;

/**
 * The probabilities of an annotator's own verdict on a pair ({@code A}, {@code B}, {@code tie} in
 * the pair's order) under the simulator's annotator model; they sum to 1.
 */
public record VerdictOdds(double a, double b, double tie) {
    public VerdictOdds {
        if (!(a >= 0 && b >= 0 && tie >= 0) || Math.abs(a + b + tie - 1) > 1e-9) {
            throw PlumblineException.invalidInput("verdict odds must be probabilities summing to 1, were " + a + ", " + b + ", " + tie);
        }
    }

    /** The probability of the verdict {@code A}, {@code B} or {@code tie}. */
    public double of(String value) {
        return switch (value) {
            case "A" -> a;
            case "B" -> b;
            case "tie" -> tie;
            default -> throw PlumblineException.invalidInput("a pairwise verdict is A, B or tie, was '" + value + "'");
        };
    }

    /** The probability that two independent verdicts with these odds and {@code other}'s are equal. */
    public double agreement(VerdictOdds other) {
        return a * other.a + b * other.b + tie * other.tie;
    }
}
