package dev.plumbline.pairs;

import dev.plumbline.signals.TextDistance;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Removes pairs whose chosen and rejected texts are nearly the same: equal up to white space and
 * case, or closer than {@code minDistance} in normalized edit distance. They teach nothing, and
 * near-identical pairs are known to destabilise DPO.
 */
public final class DropNearIdentical implements PairFilter {
    private final double minDistance;

    public DropNearIdentical(double minDistance) {
        this.minDistance = minDistance;
    }

    @Override
    public String name() {
        return "near-identical";
    }

    @Override
    public String policy() {
        return "drop pairs whose chosen and rejected differ only in white space or case, or by a normalized edit"
                + " distance below " + minDistance;
    }

    @Override
    public FilterResult apply(List<Pair> pairs) {
        return FilterResult.of(this, pairs, pairs.stream().filter(p -> !nearIdentical(p)).collect(Collectors.toList()));
    }

    private boolean nearIdentical(Pair pair) {
        String chosen = TextDistance.normalize(pair.chosen().text());
        String rejected = TextDistance.normalize(pair.rejected().text());
        return TextDistance.closerThan(chosen, rejected, minDistance);
    }
}
