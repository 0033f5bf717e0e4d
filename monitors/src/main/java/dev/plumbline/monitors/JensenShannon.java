package dev.plumbline.monitors;

import dev.plumbline.model.PlumblineException;

/**
 * Jensen-Shannon divergence (base 2, so between 0 for identical and 1 for disjoint distributions)
 * of two count vectors over the same vocabulary. Stateless.
 */
public final class JensenShannon {
    private JensenShannon() {
    }

    public static double divergence(double[] countsP, double[] countsQ) {
        if (countsP.length != countsQ.length) {
            throw PlumblineException.invalidInput("count vectors differ in length: " + countsP.length
                    + " vs " + countsQ.length);
        }
        double totalP = sum(countsP);
        double totalQ = sum(countsQ);
        if (totalP == 0 || totalQ == 0) {
            throw PlumblineException.invalidInput("cannot compare an empty distribution");
        }
        double divergence = 0;
        for (int i = 0; i < countsP.length; i++) {
            double p = countsP[i] / totalP;
            double q = countsQ[i] / totalQ;
            double m = (p + q) / 2;
            divergence += term(p, m) + term(q, m);
        }
        // Rounding can leave a tiny negative for identical inputs.
        return Math.max(0, divergence / 2);
    }

    private static double term(double x, double m) {
        return x == 0 ? 0 : x * (Math.log(x / m) / Math.log(2));
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }
}
