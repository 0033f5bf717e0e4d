package dev.plumbline.stats;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A fitted logistic regression: the intercept first, then one coefficient per feature, each with its
 * standard error (from the inverse Fisher information). {@code converged} is false when Newton's
 * method did not settle, which usually means the outcomes are perfectly separated.
 */
public record LogisticFit(List<Double> coefficients, List<Double> standardErrors, int observations,
        int iterations, boolean converged) {
    public LogisticFit {
        coefficients = List.copyOf(requireNonNull(coefficients, "coefficients is null"));
        standardErrors = List.copyOf(requireNonNull(standardErrors, "standardErrors is null"));
    }

    public double intercept() {
        return coefficients.get(0);
    }

    /** The coefficient of the {@code index}-th feature (zero-based, intercept excluded). */
    public double coefficient(int index) {
        return coefficients.get(index + 1);
    }

    public double standardError(int index) {
        return standardErrors.get(index + 1);
    }

    /** The modelled probability of the outcome at the given feature values. */
    public double probability(double... features) {
        double eta = intercept();
        for (int i = 0; i < features.length; i++) {
            eta += coefficient(i) * features[i];
        }
        return LogisticRegression.sigmoid(eta);
    }
}
