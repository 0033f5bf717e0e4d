package dev.plumbline.stats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fleiss' kappa for any number of raters. Units with fewer than two labels are skipped; units with
 * different numbers of labels each contribute their own observed agreement (the usual
 * generalisation), and category shares are pooled over all labels of the kept units.
 */
public final class FleissKappa {
    private FleissKappa() {
    }

    public static double of(Ratings ratings) {
        List<RatedUnit> units = ratings.pairable().units();
        if (units.isEmpty()) {
            return Double.NaN;
        }
        Map<String, Long> categoryTotals = new HashMap<>();
        long labels = 0;
        double observed = 0;
        for (RatedUnit unit : units) {
            Map<String, Long> counts = counts(unit);
            long m = unit.size();
            long agreeingPairs = 0;
            for (Map.Entry<String, Long> count : counts.entrySet()) {
                agreeingPairs += count.getValue() * (count.getValue() - 1);
                categoryTotals.merge(count.getKey(), count.getValue(), Long::sum);
            }
            observed += (double) agreeingPairs / (m * (m - 1));
            labels += m;
        }
        observed /= units.size();
        double chance = 0;
        for (long total : categoryTotals.values()) {
            double share = (double) total / labels;
            chance += share * share;
        }
        return chance == 1.0 ? Double.NaN : (observed - chance) / (1 - chance);
    }

    static Map<String, Long> counts(RatedUnit unit) {
        Map<String, Long> counts = new HashMap<>();
        unit.values().values().forEach(value -> counts.merge(value, 1L, Long::sum));
        return counts;
    }
}
