package dev.plumbline.provenance;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.Optional;

/**
 * One train item found to overlap one eval item. {@code score} is 1 for an exact match, the
 * item's token coverage for an n-gram match, the exact Jaccard similarity for a MinHash match and
 * the cosine similarity for a semantic one; n-gram matches also carry the longest shared run of
 * tokens.
 */
public record OverlapMatch(String trainId, String evalId, OverlapMethod method, double score,
                           Optional<Integer> longestRun) {
    /** Report order: by eval id, then train id, then method. */
    public static final Comparator<OverlapMatch> ORDER = Comparator.comparing(OverlapMatch::evalId)
            .thenComparing(OverlapMatch::trainId).thenComparing(OverlapMatch::method);

    public OverlapMatch {
        requireNonNull(trainId, "trainId is null");
        requireNonNull(evalId, "evalId is null");
        requireNonNull(method, "method is null");
        requireNonNull(longestRun, "longestRun is null");
    }

    public static OverlapMatch of(String trainId, String evalId, OverlapMethod method, double score) {
        return new OverlapMatch(trainId, evalId, method, score, Optional.empty());
    }
}
