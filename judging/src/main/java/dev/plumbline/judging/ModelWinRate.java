package dev.plumbline.judging;

import static java.util.Objects.requireNonNull;

/**
 * How often a judge preferred one generator's answers, raw and length-controlled: the win rate a
 * logistic model of the verdict on the length difference predicts when both answers are equally
 * long (as AlpacaEval's length-controlled win rate does). Ties are left out.
 */
public record ModelWinRate(String model, int comparisons, double winRate, double lengthControlledWinRate) {
    public ModelWinRate {
        requireNonNull(model, "model is null");
    }
}
