package dev.plumbline.pairs;

import java.util.List;
import java.util.stream.Collectors;

/** Removes pairs whose evidence is weaker than the configured minimum confidence. */
public final class DropBelowConfidence implements PairFilter {
    private final double minimum;

    public DropBelowConfidence(double minimum) {
        this.minimum = minimum;
    }

    @Override
    public String name() {
        return "min-confidence";
    }

    @Override
    public String policy() {
        return "drop pairs with confidence below " + minimum;
    }

    @Override
    public FilterResult apply(List<Pair> pairs) {
        return FilterResult.of(this, pairs, pairs.stream().filter(p -> p.confidence() >= minimum)
                .collect(Collectors.toList()));
    }
}
