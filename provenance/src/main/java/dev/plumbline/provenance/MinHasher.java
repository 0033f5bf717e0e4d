package dev.plumbline.provenance;

import dev.plumbline.model.PlumblineException;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Word-shingle sets and their MinHash signatures. A shingle is k consecutive word tokens of the
 * normalized text (a text shorter than k is one shingle); each of the signature's permutations is a
 * seeded multiply-shift hash. Immutable and thread-safe.
 */
public final class MinHasher {
    public static final int DEFAULT_SHINGLE = 5;
    private final int shingleSize;
    private final long[] multipliers;
    private final long[] increments;

    public MinHasher(int permutations, int shingleSize, long seed) {
        if (permutations < 1 || shingleSize < 1) {
            throw PlumblineException.invalidInput("permutations and shingle size must be at least 1");
        }
        this.shingleSize = shingleSize;
        SplittableRandom random = new SplittableRandom(seed);
        this.multipliers = new long[permutations];
        this.increments = new long[permutations];
        for (int i = 0; i < permutations; i++) {
            multipliers[i] = random.nextLong() | 1L;
            increments[i] = random.nextLong();
        }
    }

    public int permutations() {
        return multipliers.length;
    }

    /** The distinct shingle hashes of a text, sorted ascending (empty for a text with no words). */
    public int[] shingles(String text) {
        return shingles(TextNormalizer.tokenHashes(text));
    }

    /** The distinct shingle hashes of a hashed token sequence, sorted ascending. */
    public int[] shingles(long[] tokens) {
        if (tokens.length == 0) {
            return new int[0];
        }
        int count = Math.max(1, tokens.length - shingleSize + 1);
        int[] shingles = new int[count];
        for (int start = 0; start < count; start++) {
            long hash = 0;
            for (int i = start; i < Math.min(tokens.length, start + shingleSize); i++) {
                hash = hash * 0x9E3779B97F4A7C15L + tokens[i];
            }
            shingles[start] = (int) (TextNormalizer.mix(hash) >>> 32);
        }
        Arrays.sort(shingles);
        return distinct(shingles);
    }

    /** The signature: per permutation, the least hash over the shingles. */
    public int[] signature(int[] shingles) {
        long[] least = new long[multipliers.length];
        Arrays.fill(least, Long.MAX_VALUE);
        for (int shingle : shingles) {
            long value = shingle & 0xFFFFFFFFL;
            for (int i = 0; i < least.length; i++) {
                long hashed = (multipliers[i] * value + increments[i]) >>> 32;
                if (hashed < least[i]) {
                    least[i] = hashed;
                }
            }
        }
        int[] signature = new int[least.length];
        for (int i = 0; i < least.length; i++) {
            signature[i] = (int) least[i];
        }
        return signature;
    }

    /** The exact Jaccard similarity of two sorted distinct shingle sets (0 when both are empty). */
    public static double jaccard(int[] left, int[] right) {
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < left.length && j < right.length) {
            if (left[i] == right[j]) {
                shared++;
                i++;
                j++;
            } else if (left[i] < right[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = left.length + right.length - shared;
        return union == 0 ? 0 : (double) shared / union;
    }

    private static int[] distinct(int[] sorted) {
        int size = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[size++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, size);
    }
}
