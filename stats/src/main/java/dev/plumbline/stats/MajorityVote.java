package dev.plumbline.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Plain majority aggregation: the category most raters chose. When two or more categories share the
 * top count the unit has no majority label (its {@link Aggregate#label()} is empty) instead of a
 * silently broken tie.
 */
public final class MajorityVote {
    private MajorityVote() {
    }

    public static List<Aggregate> of(Ratings ratings) {
        List<Aggregate> aggregates = new ArrayList<>();
        for (RatedUnit unit : ratings.units()) {
            aggregates.add(of(unit));
        }
        return aggregates;
    }

    public static Aggregate of(RatedUnit unit) {
        Map<String, Long> counts = new TreeMap<>(FleissKappa.counts(unit));
        long top = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<String> leaders = counts.entrySet().stream().filter(e -> e.getValue() == top).map(Map.Entry::getKey).toList();
        Map<String, Double> shares = new TreeMap<>();
        counts.forEach((category, count) -> shares.put(category, (double) count / unit.size()));
        Optional<String> label = leaders.size() == 1 ? Optional.of(leaders.get(0)) : Optional.empty();
        double confidence = unit.size() == 0 ? 0 : (double) top / unit.size();
        return new Aggregate(unit.id(), label, confidence, shares);
    }
}
