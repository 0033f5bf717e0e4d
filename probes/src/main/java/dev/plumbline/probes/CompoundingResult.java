package dev.plumbline.probes;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Wrong-premise chains, over chains whose final answer was read: carried (the answer the premise
 * leads to), corrected (the right answer), or another choice.
 */
public record CompoundingResult(int chains, Proportion carried, Proportion corrected, int other, int unparsed,
        List<Outcome> outcomes, List<Unparsed> unparsedReplies) {
    public CompoundingResult {
        requireNonNull(carried, "carried is null");
        requireNonNull(corrected, "corrected is null");
        outcomes = List.copyOf(requireNonNull(outcomes, "outcomes is null"));
        unparsedReplies = List.copyOf(requireNonNull(unparsedReplies, "unparsedReplies is null"));
    }

    /** How one chain ended. */
    public enum Verdict { CORRECTED, CARRIED, OTHER, UNPARSED }

    /** One chain's end. */
    public record Outcome(String chain, Verdict verdict) {
        public Outcome {
            requireNonNull(chain, "chain is null");
            requireNonNull(verdict, "verdict is null");
        }
    }
}
