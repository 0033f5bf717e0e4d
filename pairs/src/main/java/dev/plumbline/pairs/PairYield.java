package dev.plumbline.pairs;

import java.util.ArrayList;
import java.util.List;

/** What a pair rule found in one session: its pairs and the evidence it had to skip. */
public record PairYield(List<Pair> pairs, List<Skip> skips) {
    public static final PairYield NONE = new PairYield(List.of(), List.of());

    public PairYield {
        pairs = List.copyOf(pairs);
        skips = List.copyOf(skips);
    }

    public PairYield plus(PairYield other) {
        List<Pair> allPairs = new ArrayList<>(pairs);
        allPairs.addAll(other.pairs);
        List<Skip> allSkips = new ArrayList<>(skips);
        allSkips.addAll(other.skips);
        return new PairYield(allPairs, allSkips);
    }
}
