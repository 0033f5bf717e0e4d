package dev.plumbline.stats;

import dev.plumbline.model.PlumblineException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Krippendorff's alpha for nominal, ordinal and interval data with any number of raters and missing
 * labels, computed from the coincidence matrix (Krippendorff 2011, "Computing Krippendorff's
 * Alpha-Reliability"). Units with fewer than two labels carry no information and are ignored.
 */
public final class KrippendorffAlpha {
    private KrippendorffAlpha() {
    }

    /**
     * Alpha at the given level. {@code order} lists every category from lowest to highest (ordinal
     * ranks); at the interval level categories that all parse as numbers use those numbers, others
     * their position in {@code order}. At the nominal level the order does not matter.
     */
    public static double of(Ratings ratings, AlphaLevel level, List<String> order) {
        double[][] coincidences = coincidences(ratings, order);
        int k = order.size();
        double[] totals = new double[k];
        double n = 0;
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < k; j++) {
                totals[c] += coincidences[c][j];
            }
            n += totals[c];
        }
        double[][] distance = distances(level, order, totals);
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < k; j++) {
                observed += coincidences[c][j] * distance[c][j];
                expected += totals[c] * totals[j] * distance[c][j];
            }
        }
        if (n <= 1 || expected == 0) {
            return Double.NaN;
        }
        return 1 - (n - 1) * observed / expected;
    }

    public static double nominal(Ratings ratings) {
        return of(ratings, AlphaLevel.NOMINAL, ratings.categories());
    }

    private static double[][] coincidences(Ratings ratings, List<String> order) {
        int k = order.size();
        Map<String, Integer> positions = new HashMap<>();
        for (int c = 0; c < k; c++) {
            positions.put(order.get(c), c);
        }
        double[][] o = new double[k][k];
        for (RatedUnit unit : ratings.units()) {
            int m = unit.size();
            if (m < 2) {
                continue;
            }
            int[] values = new int[m];
            int i = 0;
            for (String value : unit.values().values()) {
                values[i++] = position(positions, order, value);
            }
            double weight = 1.0 / (m - 1);
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < m; b++) {
                    if (a != b) {
                        o[values[a]][values[b]] += weight;
                    }
                }
            }
        }
        return o;
    }

    private static double[][] distances(AlphaLevel level, List<String> order, double[] totals) {
        int k = order.size();
        double[] numbers = level == AlphaLevel.INTERVAL ? numbers(order) : new double[0];
        double[][] d = new double[k][k];
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < k; j++) {
                d[c][j] = switch (level) {
                    case NOMINAL -> c == j ? 0 : 1;
                    case ORDINAL -> ordinal(totals, c, j);
                    case INTERVAL -> (numbers[c] - numbers[j]) * (numbers[c] - numbers[j]);
                };
            }
        }
        return d;
    }

    private static double ordinal(double[] totals, int c, int j) {
        if (c == j) {
            return 0;
        }
        double between = 0;
        for (int g = Math.min(c, j); g <= Math.max(c, j); g++) {
            between += totals[g];
        }
        double d = between - (totals[c] + totals[j]) / 2;
        return d * d;
    }

    private static double[] numbers(List<String> order) {
        double[] numbers = new double[order.size()];
        try {
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = Double.parseDouble(order.get(i));
            }
        } catch (NumberFormatException notNumeric) {
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = i;
            }
        }
        return numbers;
    }

    private static int position(Map<String, Integer> positions, List<String> order, String value) {
        Integer index = positions.get(value);
        if (index == null) {
            throw PlumblineException.invalidInput("label '" + value + "' is missing from the category order " + order);
        }
        return index;
    }
}
