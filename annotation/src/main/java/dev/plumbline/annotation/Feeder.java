package dev.plumbline.annotation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs feeding policies in order over the same candidates. A pair is queued once, under the first
 * policy that picked it, so "items waiting per policy" counts each item once.
 */
public final class Feeder {
    private Feeder() {
    }

    public static List<FedPair> feed(List<PairCandidate> candidates, List<FeedingPolicy> policies) {
        Set<String> queued = new HashSet<>();
        List<FedPair> fed = new ArrayList<>();
        for (FeedingPolicy policy : policies) {
            for (PairCandidate pair : policy.select(candidates)) {
                if (queued.add(pair.itemId())) {
                    fed.add(new FedPair(pair.itemId(), policy.name(), pair));
                }
            }
        }
        return fed;
    }
}
