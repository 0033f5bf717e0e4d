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
        Map<String, Double> strength = new HashMap<>();
        pairs.forEach(p -> strength.merge(direction(p, false), p.confidence(), Double::sum));
        Set<String> dropped = new HashSet<>();
        for (Map.Entry<String, Double> entry : strength.entrySet()) {
            String reverseKey = reversed(entry.getKey());
            Double reverse = reverseKey.equals(entry.getKey()) ? null : strength.get(reverseKey);
            if (reverse != null && (policy == ContradictionPolicy.DROP_BOTH || entry.getValue() <= reverse)) {
                dropped.add(entry.getKey());
            }
        }
        return FilterResult.of(this, pairs, pairs.stream().filter(p -> !dropped.contains(direction(p, false)))
                .collect(Collectors.toList()));
    }

    private static String direction(Pair pair, boolean reverse) {
        String chosen = TextDistance.normalize(pair.chosen().text());
        String rejected = TextDistance.normalize(pair.rejected().text());
        return pair.promptKey() + "\u0000" + (reverse ? rejected : chosen) + "\u0000" + (reverse ? chosen : rejected);
    }

    private static String reversed(String direction) {
        String[] parts = direction.split("\u0000", -1);
        return parts[0] + "\u0000" + parts[2] + "\u0000" + parts[1];
    }
}
