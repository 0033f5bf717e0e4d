package dev.plumbline.simulate;

import dev.plumbline.model.PlumblineException;

/**
 * The simulated human annotators. Each of {@code count} annotators flips a verdict with a noise
 * rate drawn uniformly from [{@code noiseMin}, {@code noiseMax}]. A share {@code annotatedShare} of
 * side-by-side pairs is labelled; of those, {@code overlapShare} get three annotators (k = 3), the
 * rest one. In assisted mode ({@code assistedShare} of labels, recorded as {@code saw_draft}) the
 * annotator sees the judge's verdict and copies it with probability {@code anchoring}. Labels given
 * after {@code guidelineSwitchFraction} of the period follow guideline {@code v2}, before it {@code v1}.
 */
public record AnnotatorSetup(
        int count,
        double noiseMin,
        double noiseMax,
        double annotatedShare,
        double overlapShare,
        double assistedShare,
        double anchoring,
        double guidelineSwitchFraction) {
    public AnnotatorSetup {
        if (count < 3) {
            throw PlumblineException.invalidInput("at least 3 annotators are needed for k=3 overlap, was " + count);
        }
        JudgeSetup.probability("noiseMin", noiseMin);
        JudgeSetup.probability("noiseMax", noiseMax);
        if (noiseMax < noiseMin) {
            throw PlumblineException.invalidInput("noiseMax must not be below noiseMin");
        }
        JudgeSetup.probability("annotatedShare", annotatedShare);
        JudgeSetup.probability("overlapShare", overlapShare);
        JudgeSetup.probability("assistedShare", assistedShare);
        JudgeSetup.probability("anchoring", anchoring);
        JudgeSetup.probability("guidelineSwitchFraction", guidelineSwitchFraction);
    }

    public static AnnotatorSetup defaults() {
        return new AnnotatorSetup(9, 0.05, 0.25, 0.3, 0.3, 0.2, 0.6, 0.5);
    }
}
