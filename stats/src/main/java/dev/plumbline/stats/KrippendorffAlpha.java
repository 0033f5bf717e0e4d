package dev.plumbline.stats;

import dev.plumbline.model.PlumblineException;
import java.util.List;

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
        double[][] o = new double[k][k];
        for (RatedUnit unit : ratings.pairable().units()) {
            List<String> values = List.copyOf(unit.values().values());
            double weight = 1.0 / (values.size() - 1);
            for (int i = 0; i < values.size(); i++) {
                for (int j = 0; j < values.size(); j++) {
                    if (i != j) {
                        o[position(order, values.get(i))][position(order, values.get(j))] += weight;
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

    private static int position(List<String> order, String value) {
        int index = order.indexOf(value);
        if (index < 0) {
            throw PlumblineException.invalidInput("label '" + value + "' is missing from the category order " + order);
        }
        return index;
    }
}
