package dev.plumbline.stats;

/**
 * Floating-point summation in the order NumPy's {@code np.sum} uses (pairwise, eight-way unrolled
 * blocks of up to 128). Sums of doubles depend on their order in the last bit; summing the way the
 * reference implementations (scikit-learn, krippendorff) do lets published values be reproduced
 * exactly rather than approximately.
 */
final class PairwiseSummation {
    private static final int BLOCK = 128;

    private PairwiseSummation() {
    }

    static double sum(double[] values) {
        return sum(values, 0, values.length);
    }

    static double sum(double[] a, int from, int n) {
        if (n < 8) {
            double result = 0.0;
            for (int i = 0; i < n; i++) {
                result += a[from + i];
            }
            return result;
        }
        if (n <= BLOCK) {
            return unrolled(a, from, n);
        }
        int half = n / 2;
        half -= half % 8;
        return sum(a, from, half) + sum(a, from + half, n - half);
    }

    private static double unrolled(double[] a, int from, int n) {
        double[] r = new double[8];
        System.arraycopy(a, from, r, 0, 8);
        int i = 8;
        for (; i < n - (n % 8); i += 8) {
            for (int j = 0; j < 8; j++) {
                r[j] += a[from + i + j];
            }
        }
        double result = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; i++) {
            result += a[from + i];
        }
        return result;
    }
}
