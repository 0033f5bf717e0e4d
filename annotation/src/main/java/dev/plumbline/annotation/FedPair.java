package dev.plumbline.annotation;

import static java.util.Objects.requireNonNull;

/** A pair a policy chose for a queue, with the item id it gets there. */
public record FedPair(String itemId, String policy, PairCandidate pair) {
    public FedPair {
        requireNonNull(itemId, "itemId is null");
        requireNonNull(policy, "policy is null");
        requireNonNull(pair, "pair is null");
    }
}
