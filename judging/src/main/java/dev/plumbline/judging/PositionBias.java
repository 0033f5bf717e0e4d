package dev.plumbline.judging;

import static java.util.Objects.requireNonNull;

/**
 * How a judge's verdicts depend on the order the two answers were shown, over the pairs it judged in
 * both orders. {@code consistent} pairs got the same parsed verdict both times; {@code
 * positionalAgreement} also counts pairs unparsed in both orders as agreeing (LLMBar's "equal").
 * Among inconsistent pairs, {@code firstShownWins} picked whatever was shown first both times,
 * {@code secondShownWins} whatever was shown second. {@code listedFirst} / {@code reversedFirst}
 * are the accuracies against the reference in each order ({@code listed}: the label's first id
 * shown first); {@code averageAccuracy} is their mean, {@code correctInBoth} the pairs right both times.
 */
public record PositionBias(int bothOrders, int consistent, int bothUnparsed, double consistency,
        double positionalAgreement, int firstShownWins, int secondShownWins, int otherInconsistent,
        OrderAccuracy listedFirst, OrderAccuracy reversedFirst, double averageAccuracy, int correctInBoth) {
    public PositionBias {
        requireNonNull(listedFirst, "listedFirst is null");
        requireNonNull(reversedFirst, "reversedFirst is null");
    }
}
