package dev.plumbline.pairs;

import dev.plumbline.signals.TextDistance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        // Each pair's two directions are hashed once: normalizing and hashing the texts is the costly part.
        List<Fingerprint> forward = new ArrayList<>(pairs.size());
        List<Fingerprint> backward = new ArrayList<>(pairs.size());
        Map<Fingerprint, Double> strength = new HashMap<>();
        for (Pair pair : pairs) {
            String prompt = pair.promptKey();
            String chosen = TextDistance.normalize(pair.chosen().text());
            String rejected = TextDistance.normalize(pair.rejected().text());
            forward.add(Fingerprint.of(prompt, chosen, rejected));
            backward.add(Fingerprint.of(prompt, rejected, chosen));
            strength.merge(forward.get(forward.size() - 1), pair.confidence(), Double::sum);
        }
        Set<Fingerprint> dropped = new HashSet<>();
        for (int i = 0; i < pairs.size(); i++) {
            Double reverse = backward.get(i).equals(forward.get(i)) ? null : strength.get(backward.get(i));
            if (reverse != null && (policy == ContradictionPolicy.DROP_BOTH || strength.get(forward.get(i)) <= reverse)) {
                dropped.add(forward.get(i));
            }
        }
        List<Pair> kept = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            if (!dropped.contains(forward.get(i))) {
                kept.add(pairs.get(i));
            }
        }
        return FilterResult.of(this, pairs, kept);
    }
}
