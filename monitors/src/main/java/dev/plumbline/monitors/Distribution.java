package dev.plumbline.monitors;

import java.util.Arrays;
import java.util.List;

/** The shape of a distribution of counts: mean, standard deviation, 10th, 50th and 90th percentile. */
public record Distribution(double mean, double sd, double p10, double median, double p90) {
    public static Distribution of(List<? extends Number> values) {
        double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Distribution(0, 0, 0, 0, 0);
        }
        double mean = Arrays.stream(sorted).average().orElse(0);
        double squares = Arrays.stream(sorted).map(v -> (v - mean) * (v - mean)).sum();
        double sd = sorted.length < 2 ? 0 : Math.sqrt(squares / (sorted.length - 1));
        return new Distribution(mean, sd, quantile(sorted, 0.1), quantile(sorted, 0.5), quantile(sorted, 0.9));
    }

    /** Linear interpolation between closest ranks (type 7, as R and NumPy default). */
    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
