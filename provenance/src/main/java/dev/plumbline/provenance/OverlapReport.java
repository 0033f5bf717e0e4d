package dev.plumbline.provenance;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a train/eval overlap audit found: every match (both ids, method, score) in report order,
 * and the settings that found them, including the LSH S-curve. Immutable.
 */
public record OverlapReport(
        String train,
        String eval,
        int trainItems,
        int evalItems,
        List<OverlapMatch> matches,
        int ngram,
        LshParameters lsh,
        Optional<String> semanticModel,
        Optional<Double> semanticThreshold) {
    public OverlapReport {
        requireNonNull(train, "train is null");
        requireNonNull(eval, "eval is null");
        matches = List.copyOf(requireNonNull(matches, "matches is null"));
        requireNonNull(lsh, "lsh is null");
        requireNonNull(semanticModel, "semanticModel is null");
        requireNonNull(semanticThreshold, "semanticThreshold is null");
    }

    /** The ids of train items that overlap at least one eval item, sorted. */
    public Set<String> flaggedTrainIds() {
        Set<String> ids = new TreeSet<>();
        matches.forEach(match -> ids.add(match.trainId()));
        return ids;
    }

    /** The ids of eval items that some train item overlaps, sorted. */
    public Set<String> flaggedEvalIds() {
        Set<String> ids = new TreeSet<>();
        matches.forEach(match -> ids.add(match.evalId()));
        return ids;
    }

    public List<OverlapMatch> matches(OverlapMethod method) {
        return matches.stream().filter(match -> match.method() == method).toList();
    }

    /** True when any train item overlaps any eval item, by any method. */
    public boolean overlapping() {
        return !matches.isEmpty();
    }
}
