package dev.plumbline.simulate;

import java.time.Instant;
import java.util.Map;

/**
 * The human annotators: each one's planted noise rate (probability of flipping a verdict), the
 * draft-anchoring setup, the guideline switch, and how many pairs got one or three labels.
 * {@code anchoredLabels} are assisted labels that copied the judge's verdict.
 */
public record AnnotatorTruth(
        Map<String, Double> noiseByAnnotator,
        AnnotatorSetup setup,
        double tieMargin,
        Instant guidelineV2From,
        long annotatedPairs,
        long overlapPairs,
        long labels,
        long assistedLabels,
        long anchoredLabels) {
    public AnnotatorTruth {
        noiseByAnnotator = SatisfactionTruth.sorted(noiseByAnnotator);
    }
}
