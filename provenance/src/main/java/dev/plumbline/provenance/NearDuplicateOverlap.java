package dev.plumbline.provenance;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Near-duplicates by MinHash with LSH: eval items are indexed by band, each train item's candidates
 * are verified by exact Jaccard similarity of the shingle sets, and those at or above the threshold
 * are reported with that similarity. So the method never reports a pair below the threshold; what
 * LSH may miss is given by the parameters' S-curve. Thread-safe.
 */
public final class NearDuplicateOverlap {
    private final LshParameters parameters;
    private final MinHasher hasher;

    public NearDuplicateOverlap(LshParameters parameters, int shingleSize, long seed) {
        this.parameters = requireNonNull(parameters, "parameters is null");
        this.hasher = new MinHasher(parameters.permutations(), shingleSize, seed);
    }

    /** Jaccard 0.8 at recall 0.95, word 5-shingles, a fixed seed. */
    public NearDuplicateOverlap() {
        this(LshParameters.choose(0.8, 0.95), MinHasher.DEFAULT_SHINGLE, 20261126L);
    }

    public LshParameters parameters() {
        return parameters;
    }

    public MinHasher hasher() {
        return hasher;
    }

    public List<OverlapMatch> find(ItemSet train, ItemSet eval) {
        List<int[]> evalShingles = new ArrayList<>();
        List<int[]> signatures = new ArrayList<>();
        for (TextItem item : eval.items()) {
            int[] shingles = hasher.shingles(item.text());
            evalShingles.add(shingles);
            signatures.add(hasher.signature(shingles));
        }
        LshIndex index = new LshIndex(parameters, signatures);
        List<OverlapMatch> matches = new ArrayList<>();
        for (TextItem item : train.items()) {
            int[] shingles = hasher.shingles(item.text());
            if (shingles.length == 0) {
                continue;
            }
            Set<Integer> candidates = new TreeSet<>();
            index.candidates(hasher.signature(shingles), candidates::add);
            for (int candidate : candidates) {
                double similarity = MinHasher.jaccard(shingles, evalShingles.get(candidate));
                if (similarity >= parameters.threshold()) {
                    matches.add(OverlapMatch.of(item.id(), eval.items().get(candidate).id(),
                            OverlapMethod.MINHASH, similarity));
                }
            }
        }
        matches.sort(OverlapMatch.ORDER);
        return matches;
    }
}
