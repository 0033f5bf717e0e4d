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
        Sample sample = new Sample();
        pairs.forEach(sample::add);
        return sample.stats();
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

    /**
     * Length statistics gathered pair by pair, for pairs that stream past: it keeps one double per
     * pair (the ratio, for the quantiles) and nothing else. Not thread-safe.
     */
    public static final class Sample {
        private double[] ratios = new double[1024];
        private int pairs;
        private long longer;
        private long equal;
        private long chosenLength;
        private long rejectedLength;

        public void add(Pair pair) {
            int chosen = pair.chosen().text().length();
            int rejected = pair.rejected().text().length();
            if (pairs == ratios.length) {
                ratios = Arrays.copyOf(ratios, ratios.length * 2);
            }
            ratios[pairs++] = ratio(pair);
            longer += chosen > rejected ? 1 : 0;
            equal += chosen == rejected ? 1 : 0;
            chosenLength += chosen;
            rejectedLength += rejected;
        }

        /** The ratios added so far, in the order added. */
        double[] ratios() {
            return Arrays.copyOf(ratios, pairs);
        }

        public LengthStats stats() {
            double[] sorted = ratios();
            Arrays.sort(sorted);
            return new LengthStats(pairs, share(longer, pairs), share(equal, pairs), mean(chosenLength),
                    mean(rejectedLength), quantiles(sorted), histogram(sorted));
        }

        private double mean(long total) {
            return pairs == 0 ? 0 : (double) total / pairs;
        }
    }

    /** Bucket names in order, for printing the histogram. */
    public static List<String> bucketNames() {
        return List.of(BUCKETS);
    }
}
