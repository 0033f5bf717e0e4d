package dev.plumbline.stats;

import dev.plumbline.model.PlumblineException;
import java.util.List;
import java.util.TreeSet;

/**
 * Cohen's kappa between two raters who labelled the same units, each category (a tie included) a
 * class of its own. The arithmetic follows scikit-learn's {@code cohen_kappa_score} step by step,
 * summation order included, so that published values computed with it come out to the last bit.
 */
public final class CohenKappa {
    private CohenKappa() {
    }

    /** Kappa over the sorted union of the categories both raters used; NaN when chance agreement is total. */
    public static double of(List<String> first, List<String> second) {
        TreeSet<String> categories = new TreeSet<>(first);
        categories.addAll(second);
        return of(first, second, List.copyOf(categories));
    }

    /** Kappa with an explicit category order (which decides only the summation order, hence the last bit). */
    public static double of(List<String> first, List<String> second, List<String> categories) {
        long[][] confusion = confusion(first, second, categories);
        int k = categories.size();
        long[] columnTotals = new long[k];
        long[] rowTotals = new long[k];
        long total = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                columnTotals[j] += confusion[i][j];
                rowTotals[i] += confusion[i][j];
                total += confusion[i][j];
            }
        }
        if (total == 0) {
            return Double.NaN;
        }
        long observedDisagreement = 0;
        double[] expectedDisagreement = new double[k * k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                if (a != b) {
                    observedDisagreement += confusion[a][b];
                    // scikit-learn builds outer(column totals, row totals): keep that orientation
                    expectedDisagreement[a * k + b] = (double) (columnTotals[a] * rowTotals[b]) / (double) total;
                }
            }
        }
        double expected = PairwiseSummation.sum(expectedDisagreement);
        return expected == 0.0 ? Double.NaN : 1 - observedDisagreement / expected;
    }

    private static long[][] confusion(List<String> first, List<String> second, List<String> categories) {
        if (first.size() != second.size()) {
            throw PlumblineException.invalidInput("kappa needs two label lists of equal length, got "
                    + first.size() + " and " + second.size());
        }
        long[][] confusion = new long[categories.size()][categories.size()];
        for (int u = 0; u < first.size(); u++) {
            confusion[index(categories, first.get(u))][index(categories, second.get(u))]++;
        }
        return confusion;
    }

    private static int index(List<String> categories, String value) {
        int index = categories.indexOf(value);
        if (index < 0) {
            throw PlumblineException.invalidInput("label '" + value + "' is not among the categories " + categories);
        }
        return index;
    }
}
