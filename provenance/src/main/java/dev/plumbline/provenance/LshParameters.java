package dev.plumbline.provenance;

import dev.plumbline.model.PlumblineException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bands and rows of a MinHash LSH index, chosen for a target Jaccard threshold: a pair with
 * similarity s becomes a candidate with probability {@code 1 - (1 - s^rows)^bands} (the S-curve).
 * {@link #choose} takes the pair with the smallest false-positive area below the threshold among
 * those that catch a pair at the threshold with at least the target recall, within a budget of
 * permutations.
 */
public record LshParameters(int bands, int rows, double threshold, double targetRecall) {
    /** The similarities at which reports print the S-curve. */
    public static final List<Double> CURVE_POINTS = List.of(0.5, 0.7, 0.8, 0.9);
    public static final int DEFAULT_MAX_PERMUTATIONS = 128;

    public LshParameters {
        if (bands < 1 || rows < 1) {
            throw PlumblineException.invalidInput("bands and rows must be at least 1, were " + bands + " and " + rows);
        }
        requireUnit("threshold", threshold);
        requireUnit("target recall", targetRecall);
    }

    public static LshParameters choose(double threshold, double targetRecall) {
        return choose(threshold, targetRecall, DEFAULT_MAX_PERMUTATIONS);
    }

    public static LshParameters choose(double threshold, double targetRecall, int maxPermutations) {
        requireUnit("threshold", threshold);
        requireUnit("target recall", targetRecall);
        LshParameters best = null;
        double bestArea = Double.MAX_VALUE;
        for (int rows = 1; rows <= maxPermutations; rows++) {
            for (int bands = 1; bands * rows <= maxPermutations; bands++) {
                LshParameters candidate = new LshParameters(bands, rows, threshold, targetRecall);
                double area = candidate.falsePositiveArea();
                if (candidate.catchProbability(threshold) >= targetRecall && area < bestArea - 1e-12) {
                    best = candidate;
                    bestArea = area;
                }
            }
        }
        if (best == null) {
            throw PlumblineException.invalidInput("no bands x rows within " + maxPermutations
                    + " permutations reach recall " + targetRecall + " at Jaccard " + threshold
                    + "; allow more permutations or lower the target");
        }
        return best;
    }

    public int permutations() {
        return bands * rows;
    }

    /** The probability that a pair with Jaccard similarity s shares at least one band. */
    public double catchProbability(double similarity) {
        return 1 - Math.pow(1 - Math.pow(similarity, rows), bands);
    }

    /** The catch probability at 0.5, 0.7, 0.8 and 0.9 similarity, in that order. */
    public Map<Double, Double> sCurve() {
        Map<Double, Double> curve = new LinkedHashMap<>();
        CURVE_POINTS.forEach(point -> curve.put(point, catchProbability(point)));
        return curve;
    }

    /** The integral of the catch probability from 0 to the threshold (midpoint rule). */
    double falsePositiveArea() {
        int steps = 200;
        double width = threshold / steps;
        double area = 0;
        for (int i = 0; i < steps; i++) {
            area += catchProbability((i + 0.5) * width) * width;
        }
        return area;
    }

    private static void requireUnit(String name, double value) {
        if (!(value > 0 && value <= 1)) {
            throw PlumblineException.invalidInput(name + " must be in (0, 1], was " + value);
        }
    }
}
