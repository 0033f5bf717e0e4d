package dev.plumbline.judging;

import dev.plumbline.stats.AlphaLevel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A second, deliberately naive Krippendorff's alpha for tests only: it enumerates every pair of
 * values instead of building a coincidence matrix. alpha = 1 - D_o / D_e with D_o the mean
 * within-unit disagreement (each unit's pairs weighted 1 / (m - 1)) and D_e the mean disagreement
 * over all pairs of pairable values.
 */
final class PairwiseAlpha {
    private PairwiseAlpha() {
    }

    static double of(Collection<Map<String, String>> units, AlphaLevel level, List<String> order) {
        List<List<String>> pairable = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (Map<String, String> unit : units) {
            if (unit.size() >= 2) {
                pairable.add(List.copyOf(unit.values()));
                all.addAll(unit.values());
            }
        }
        double n = all.size();
        double[][] table = deltas(level, order, all);
        double within = 0;
        for (List<String> values : pairable) {
            for (int i = 0; i < values.size(); i++) {
                for (int j = 0; j < values.size(); j++) {
                    if (i != j) {
                        within += table[order.indexOf(values.get(i))][order.indexOf(values.get(j))] / (values.size() - 1);
                    }
                }
            }
        }
        double between = 0;
        for (int i = 0; i < all.size(); i++) {
            for (int j = 0; j < all.size(); j++) {
                if (i != j) {
                    between += table[order.indexOf(all.get(i))][order.indexOf(all.get(j))];
                }
            }
        }
        return 1 - (within / n) / (between / (n * (n - 1)));
    }

    private static double[][] deltas(AlphaLevel level, List<String> order, List<String> all) {
        double[][] table = new double[order.size()][order.size()];
        for (int c = 0; c < order.size(); c++) {
            for (int k = 0; k < order.size(); k++) {
                table[c][k] = delta(order.get(c), order.get(k), level, order, all);
            }
        }
        return table;
    }

    private static double delta(String a, String b, AlphaLevel level, List<String> order, List<String> all) {
        int c = order.indexOf(a);
        int k = order.indexOf(b);
        switch (level) {
            case NOMINAL:
                return c == k ? 0 : 1;
            case INTERVAL:
                return (double) (c - k) * (c - k);
            default:
                if (c == k) {
                    return 0;
                }
                double between = 0;
                for (String value : all) {
                    int g = order.indexOf(value);
                    between += g >= Math.min(c, k) && g <= Math.max(c, k) ? 1 : 0;
                }
                double countC = all.stream().filter(a::equals).count();
                double countK = all.stream().filter(b::equals).count();
                double d = between - (countC + countK) / 2;
                return d * d;
        }
    }
}
