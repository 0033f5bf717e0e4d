package dev.plumbline.pairs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Removes exact duplicates: the same prompt, chosen and rejected text, character for character.
 * The first in input order stays (input order is deterministic, so so is the survivor).
 */
public final class DropExactDuplicates implements PairFilter {
    @Override
    public String name() {
        return "exact-duplicates";
    }

    @Override
    public String policy() {
        return "keep the first of pairs with identical prompt, chosen and rejected";
    }

    @Override
    public FilterResult apply(List<Pair> pairs) {
        Set<List<Object>> seen = new HashSet<>();
        List<Pair> kept = new ArrayList<>();
        for (Pair pair : pairs) {
            if (seen.add(List.of(pair.prompt(), pair.chosen().text(), pair.rejected().text()))) {
                kept.add(pair);
            }
        }
        return FilterResult.of(this, pairs, kept);
    }
}
