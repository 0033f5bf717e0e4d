package dev.plumbline.annotation;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Queues pairs from segments that have no labels yet, up to {@code perSegment} each (the first in
 * input order): with {@code labelled = {"free"}}, a pair of segment {@code "enterprise"} is queued and
 * one of {@code "free"} is not. Pairs with no segment are never picked.
 */
public record CoverageGaps(Set<String> labelled, int perSegment) implements FeedingPolicy {
    public CoverageGaps {
        labelled = Set.copyOf(requireNonNull(labelled, "labelled is null"));
        if (perSegment < 1) {
            throw PlumblineException.invalidInput("perSegment must be at least 1, was " + perSegment);
        }
    }

    @Override
    public String name() {
        return "coverage-gap";
    }

    @Override
    public List<PairCandidate> select(List<PairCandidate> candidates) {
        Map<String, Integer> taken = new HashMap<>();
        return candidates.stream().filter(c -> c.segment().isPresent() && !labelled.contains(c.segment().get()))
                .filter(c -> taken.merge(c.segment().get(), 1, Integer::sum) <= perSegment).toList();
    }
}
