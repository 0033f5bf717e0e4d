package dev.plumbline.simulate;

/**
 * The judge's planted biases ({@link JudgeSetup}) and what they produced in its labels. {@code
 * inconsistentPairs} are pairs with both verdicts parsed, neither a tie, that flip with the order;
 * {@code firstShownShareOnInconsistent} is the share of those where the first-shown answer won both
 * times (planted: {@code setup.positionFirstShare()}). {@code judgePrefersLonger} is P(the judge's
 * pick is the longer answer | lengths differ, consistent non-tie verdict), beside {@code
 * truthPrefersLonger}, the same for the noise-free human verdict on the same pairs. Self-preference:
 * on pairs with exactly one side from the judge's family, the judge's win rate for that side beside
 * the noise-free human win rate.
 */
public record JudgeTruth(
        String id,
        String family,
        JudgeSetup setup,
        long judgedPairs,
        long labels,
        long unparsedLabels,
        long inconsistentPairs,
        double firstShownShareOnInconsistent,
        double judgePrefersLonger,
        double truthPrefersLonger,
        long ownFamilyPairs,
        double judgeOwnFamilyWinRate,
        double truthOwnFamilyWinRate) {
}
