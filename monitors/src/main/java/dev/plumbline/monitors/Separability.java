package dev.plumbline.monitors;

import static java.util.Objects.requireNonNull;

/**
 * How well texts of one corpus can be told from another's by a simple classifier on the
 * standardized per-text style features: stratified k-fold cross-validated accuracy of an
 * L2-regularised logistic regression, its Wilson interval, the balanced accuracy, and the chance
 * level (the larger class's share) it should be read against. In the paired design (texts at the
 * same index answer the same prompt) the task is to tell which of two answers to one prompt is
 * whose, which removes the prompt's influence on length and form; chance is then 1/2. Immutable.
 */
public record Separability(String first, String second, boolean paired, Estimate accuracy, double balancedAccuracy, double chance,
        int folds, int nFirst, int nSecond) {
    public Separability {
        requireNonNull(first, "first is null");
        requireNonNull(second, "second is null");
        requireNonNull(accuracy, "accuracy is null");
    }

    /** The accuracy's 95% interval lies wholly above chance: the classifier really separates. */
    public boolean aboveChance() {
        return accuracy.low() > chance;
    }
}
