package dev.plumbline.provenance;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A MinHash LSH index over a fixed list of signatures: per band, the band hashes sorted with the
 * item index beside them, so a lookup is a binary search and memory is two primitive arrays per
 * band. Immutable once built; lookups are thread-safe.
 */
public final class LshIndex {
    private final LshParameters parameters;
    private final long[][] keys;
    private final int[][] items;

    public LshIndex(LshParameters parameters, List<int[]> signatures) {
        this.parameters = parameters;
        this.keys = new long[parameters.bands()][];
        this.items = new int[parameters.bands()][];
        for (int band = 0; band < parameters.bands(); band++) {
            build(band, signatures);
        }
    }

    public LshParameters parameters() {
        return parameters;
    }

    /** Calls back with every indexed item that shares a band with the signature (possibly twice). */
    public void candidates(int[] signature, IntConsumer consumer) {
        for (int band = 0; band < parameters.bands(); band++) {
            long key = bandHash(signature, band);
            int at = Arrays.binarySearch(keys[band], key);
            if (at < 0) {
                continue;
            }
            while (at > 0 && keys[band][at - 1] == key) {
                at--;
            }
            for (int i = at; i < keys[band].length && keys[band][i] == key; i++) {
                consumer.accept(items[band][i]);
            }
        }
    }

    private void build(int band, List<int[]> signatures) {
        long[][] pairs = new long[signatures.size()][];
        for (int i = 0; i < signatures.size(); i++) {
            pairs[i] = new long[] {bandHash(signatures.get(i), band), i};
        }
        Arrays.sort(pairs, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        keys[band] = new long[pairs.length];
        items[band] = new int[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            keys[band][i] = pairs[i][0];
            items[band][i] = (int) pairs[i][1];
        }
    }

    private long bandHash(int[] signature, int band) {
        long hash = band;
        for (int row = band * parameters.rows(); row < (band + 1) * parameters.rows(); row++) {
            hash = TextNormalizer.mix(hash * 31 + signature[row]);
        }
        return hash;
    }
}
