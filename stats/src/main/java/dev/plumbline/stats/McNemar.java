package dev.plumbline.stats;

import dev.plumbline.model.PlumblineException;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * The exact (binomial) McNemar test for paired binary outcomes: only the discordant pairs count, and
 * under the null hypothesis each is equally likely to go either way.
 */
public final class McNemar {
    private McNemar() {
    }

    /**
     * Two-sided exact p-value given the discordant counts: pairs where only the first condition
     * succeeded, and pairs where only the second did.
     */
    public static double exactPValue(int onlyFirst, int onlySecond) {
        if (onlyFirst < 0 || onlySecond < 0) {
            throw PlumblineException.invalidInput("discordant counts must not be negative");
        }
        int n = onlyFirst + onlySecond;
        if (n == 0) {
            return 1.0;
        }
        BinomialDistribution fair = new BinomialDistribution(null, n, 0.5);
        return Math.min(1.0, 2 * fair.cumulativeProbability(Math.min(onlyFirst, onlySecond)));
    }
}
