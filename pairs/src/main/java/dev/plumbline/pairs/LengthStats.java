package dev.plumbline.pairs;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Length bias made visible: the share of pairs whose chosen text is longer, the mean lengths (in
 * characters), quantiles of the length ratio chosen / rejected (lengths plus one, so an empty text
 * has a finite ratio) and a histogram of that ratio in octaves.
 */
public record LengthStats(
        int pairs,
        double shareChosenLonger,
        double shareEqualLength,
        double meanChosenLength,
        double meanRejectedLength,
        Map<String, Double> ratioQuantiles,
        Map<String, Integer> ratioHistogram) {
    private static final double[] QUANTILES = {0.1, 0.25, 0.5, 0.75, 0.9};
    private static final String[] BUCKETS = {"<1/4", "1/4-1/2", "1/2-1", "1", "1-2", "2-4", ">4"};

    public LengthStats {
        ratioQuantiles = Map.copyOf(ratioQuantiles);
        ratioHistogram = Map.copyOf(ratioHistogram);
    }

    public static LengthStats of(List<Pair> pairs) {
        double[] ratios = pairs.stream().mapToDouble(LengthStats::ratio).sorted().toArray();
        long longer = pairs.stream().filter(p -> p.chosen().text().length() > p.rejected().text().length()).count();
        long equal = pairs.stream().filter(p -> p.chosen().text().length() == p.rejected().text().length()).count();
        return new LengthStats(pairs.size(), share(longer, pairs.size()), share(equal, pairs.size()),
                pairs.stream().mapToInt(p -> p.chosen().text().length()).average().orElse(0),
                pairs.stream().mapToInt(p -> p.rejected().text().length()).average().orElse(0),
                quantiles(ratios), histogram(ratios));
    }

    /** (chosen length + 1) / (rejected length + 1). */
    public static double ratio(Pair pair) {
        return (pair.chosen().text().length() + 1.0) / (pair.rejected().text().length() + 1.0);
    }

    private static double share(long count, int total) {
        return total == 0 ? 0 : (double) count / total;
    }

    private static Map<String, Double> quantiles(double[] sorted) {
        Map<String, Double> quantiles = new LinkedHashMap<>();
        for (double q : QUANTILES) {
            quantiles.put("p" + Math.round(q * 100), sorted.length == 0 ? 0
                    : sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))]);
        }
        return quantiles;
    }

    private static Map<String, Integer> histogram(double[] ratios) {
        int[] counts = new int[BUCKETS.length];
        Arrays.stream(ratios).forEach(r -> counts[bucket(r)]++);
        Map<String, Integer> histogram = new LinkedHashMap<>();
        for (int i = 0; i < BUCKETS.length; i++) {
            histogram.put(BUCKETS[i], counts[i]);
        }
        return histogram;
    }

    private static int bucket(double ratio) {
        if (ratio == 1) {
            return 3;
        }
        double[] upper = {0.25, 0.5, 1, 1, 2, 4};
        for (int i = 0; i < upper.length; i++) {
            if (ratio < upper[i] || (i >= 4 && ratio <= upper[i])) {
                return i;
            }
        }
        return 6;
    }

    /** Bucket names in order, for printing the histogram. */
    public static List<String> bucketNames() {
        return List.of(BUCKETS);
    }
}
