package dev.plumbline.annotation;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;

/**
 * One annotator's pace and reliability: labels given, items per hour over their active span, median
 * seconds per item (take to submit), and accuracy on gold items (empty before their first gold item).
 */
public record AnnotatorThroughput(String annotator, int labels, double itemsPerHour, double medianSecondsPerItem,
        int goldLabels, int goldCorrect, OptionalDouble goldAccuracy) {
    public AnnotatorThroughput {
        requireNonNull(annotator, "annotator is null");
        requireNonNull(goldAccuracy, "goldAccuracy is null");
    }
}
