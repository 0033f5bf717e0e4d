package dev.plumbline.provenance;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A MinHash LSH index over a fixed list of signatures: per band, the band hashes sorted with the
 * item index beside them, and an open-addressing table from each distinct hash to where its run
 * starts, so a lookup costs one or two cache misses and memory is four primitive arrays per band.
 * Immutable once built; lookups are thread-safe.
 */
public final class LshIndex {
    private final LshParameters parameters;
    private final long[][] keys;
    private final int[][] items;
    private final long[][] slotKeys;
    private final int[][] slotStarts;

    public LshIndex(LshParameters parameters, List<int[]> signatures) {
        this.parameters = parameters;
        this.keys = new long[parameters.bands()][];
        this.items = new int[parameters.bands()][];
        this.slotKeys = new long[parameters.bands()][];
        this.slotStarts = new int[parameters.bands()][];
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
            int at = start(band, key);
            if (at < 0) {
                continue;
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
        buildSlots(band);
    }

    private void buildSlots(int band) {
        int capacity = Integer.highestOneBit(Math.max(2, keys[band].length * 2) - 1) << 1;
        slotKeys[band] = new long[capacity];
        slotStarts[band] = new int[capacity];
        Arrays.fill(slotStarts[band], -1);
        for (int i = 0; i < keys[band].length; i++) {
            if (i == 0 || keys[band][i] != keys[band][i - 1]) {
                int slot = slot(band, keys[band][i]);
                slotKeys[band][slot] = keys[band][i];
                slotStarts[band][slot] = i;
            }
        }
    }

    /** Where the run of the key starts in the band's sorted arrays, or -1. */
    private int start(int band, long key) {
        int slot = slot(band, key);
        return slotStarts[band][slot];
    }

    /** The key's slot, or the empty slot where it would go (linear probing). */
    private int slot(int band, long key) {
        int mask = slotKeys[band].length - 1;
        int slot = (int) (key ^ (key >>> 32)) & mask;
        while (slotStarts[band][slot] >= 0 && slotKeys[band][slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private long bandHash(int[] signature, int band) {
        long hash = band;
        for (int row = band * parameters.rows(); row < (band + 1) * parameters.rows(); row++) {
            hash = TextNormalizer.mix(hash * 31 + signature[row]);
        }
        return hash;
    }
}
