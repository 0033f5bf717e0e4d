package dev.plumbline.judging;

/**
 * The judge against individual humans next to humans against each other, on the same pairs: a judge
 * is only as good as it is close to the human–human agreement. Agreement is pooled over every
 * (judge, human) and (human, human) label pair; kappa is the mean of Cohen's kappa over annotators
 * (judge side) or annotator pairs (human side). {@code gap} is human–human minus judge–human agreement.
 */
public record HumanCeiling(int subjects, int annotators, int humanPairs, double humanHumanAgreement,
        double humanHumanKappa, int judgeHumanPairs, double judgeHumanAgreement, double judgeHumanKappa, double gap) {
}
