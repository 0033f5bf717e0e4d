package dev.plumbline.signals;

import static java.util.Objects.requireNonNull;

/**
 * Coverage of one segment, feature or model version: how many interactions it has, the share with
 * explicit feedback (thumbs, rating) and the share with any implicit signal or implicit feedback.
 */
public record CoverageRow(String dimension, String value, long interactions, double explicitShare,
        double implicitShare) {
    public CoverageRow {
        requireNonNull(dimension, "dimension is null");
        requireNonNull(value, "value is null");
    }
}
