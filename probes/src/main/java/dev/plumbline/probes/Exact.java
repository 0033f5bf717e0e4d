package dev.plumbline.probes;

/**
 * The small statistics the probes need: the exact (binomial) McNemar test on paired binary
 * outcomes and the Wilson score interval of a proportion. Package-private on purpose: the shared
 * {@code stats} module is meant to own these, and the probes switch to it once it lands.
 */
final class Exact {
    private Exact() {
    }

    /**
     * Two-sided exact McNemar p-value for {@code b} pairs that went one way and {@code c} that went
     * the other: twice the lower tail of Binomial(b + c, 1/2) at min(b, c), capped at 1.
     */
    static double mcNemar(int b, int c) {
        if (b < 0 || c < 0) {
            throw new IllegalArgumentException("discordant counts must not be negative");
        }
        int n = b + c;
        if (n == 0) {
            return 1.0;
        }
        int k = Math.min(b, c);
        double tail = 0;
        for (int i = 0; i <= k; i++) {
            tail += Math.exp(logChoose(n, i) - n * Math.log(2));
        }
        return Math.min(1.0, 2 * tail);
    }

    /** The Wilson score interval for {@code successes} of {@code trials} at 95% confidence; [0, 1] when there are no trials. */
    static double[] wilson(int successes, int trials) {
        if (successes < 0 || trials < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 <= successes <= trials, got " + successes + " of " + trials);
        }
        if (trials == 0) {
            return new double[] {0, 1};
        }
        double z = 1.959963984540054;
        double p = (double) successes / trials;
        double denominator = 1 + z * z / trials;
        double centre = (p + z * z / (2.0 * trials)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / trials + z * z / (4.0 * trials * trials)) / denominator;
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    private static double logChoose(int n, int k) {
        double sum = 0;
        for (int i = 1; i <= k; i++) {
            sum += Math.log(n - k + i) - Math.log(i);
        }
        return sum;
    }
}
