package dev.plumbline.judging;

import static java.util.Objects.requireNonNull;

/**
 * One annotator: how many labels, how often they matched the majority of the other annotators on
 * the same subject (where the others have one), and their accuracy as Dawid–Skene estimates it.
 */
public record AnnotatorSummary(String annotator, int labels, int comparedWithOthers, double agreementWithOthers,
        double dawidSkeneAccuracy) {
    public AnnotatorSummary {
        requireNonNull(annotator, "annotator is null");
    }
}
