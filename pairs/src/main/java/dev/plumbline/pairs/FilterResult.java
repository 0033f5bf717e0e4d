package dev.plumbline.pairs;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** The pairs a filter kept, and its name, policy and the count it removed. */
public record FilterResult(String filter, String policy, List<Pair> kept, int removed) {
    public FilterResult {
        requireNonNull(filter, "filter is null");
        requireNonNull(policy, "policy is null");
        kept = List.copyOf(kept);
    }

    static FilterResult of(PairFilter filter, List<Pair> before, List<Pair> kept) {
        return new FilterResult(filter.name(), filter.policy(), kept, before.size() - kept.size());
    }

    /** The report line without the pairs. */
    public FilterCount count() {
        return new FilterCount(filter, policy, removed);
    }

    /** How many pairs one filter removed, under which policy. */
    public record FilterCount(String filter, String policy, int removed) {
    }
}
