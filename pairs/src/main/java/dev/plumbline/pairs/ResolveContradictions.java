package dev.plumbline.pairs;

import dev.plumbline.signals.TextDistance;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolves contradictory pairs (A over B and B over A for the same normalized prompt and texts) by
 * a stated {@link ContradictionPolicy}. A pair whose two sides normalize to the same text is not its own
 * contradiction; the near-identical filter removes it.
 */
public final class ResolveContradictions implements PairFilter {
    private final ContradictionPolicy policy;

    public ResolveContradictions(ContradictionPolicy policy) {
        this.policy = policy;
    }

    @Override
    public String name() {
        return "contradictions";
    }

    @Override
    public String policy() {
        return policy == ContradictionPolicy.DROP_BOTH
                ? "drop both directions of A>B and B>A on the same prompt"
                : "keep the direction of A>B and B>A with the larger summed confidence; drop both when level";
    }

    @Override
    public FilterResult apply(List<Pair> pairs) {
        Map<Fingerprint, Double> strength = new HashMap<>();
        pairs.forEach(p -> strength.merge(direction(p, false), p.confidence(), Double::sum));
        Set<Fingerprint> dropped = new HashSet<>();
        for (Pair pair : pairs) {
            Fingerprint forward = direction(pair, false);
            Fingerprint backward = direction(pair, true);
            Double reverse = backward.equals(forward) ? null : strength.get(backward);
            if (reverse != null && (policy == ContradictionPolicy.DROP_BOTH || strength.get(forward) <= reverse)) {
                dropped.add(forward);
            }
        }
        return FilterResult.of(this, pairs, pairs.stream().filter(p -> !dropped.contains(direction(p, false)))
                .collect(Collectors.toList()));
    }

    private static Fingerprint direction(Pair pair, boolean reverse) {
        String chosen = TextDistance.normalize(pair.chosen().text());
        String rejected = TextDistance.normalize(pair.rejected().text());
        return Fingerprint.of(pair.promptKey(), reverse ? rejected : chosen, reverse ? chosen : rejected);
    }
}
