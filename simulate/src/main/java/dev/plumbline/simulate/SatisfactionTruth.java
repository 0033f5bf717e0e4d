package dev.plumbline.simulate;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The selection-bias trap. {@code trueSatisfaction} is the share of all production interactions
 * whose (hidden) outcome was "satisfied", also per segment. Users in the prompted arm ({@code
 * promptedUserShare} of users, chosen at random) carry {@code feedback_propensity} and give thumbs
 * only when prompted; the others click when they feel like it (more often when unhappy, and more
 * in some segments). {@code rawThumbsUpRate} is the up share of all thumbs (biased); {@code
 * ipwEstimate} is the self-normalized inverse-propensity estimate over the prompted thumbs (what an
 * auditor should recover). {@code thumbsPerInteractionBySegment} shows the skewed coverage.
 */
public record SatisfactionTruth(
        double trueSatisfaction,
        Map<String, Double> trueBySegment,
        Map<String, Double> interactionShareBySegment,
        Map<String, Double> thumbsShareBySegment,
        Map<String, Double> thumbsPerInteractionBySegment,
        long thumbs,
        long promptedThumbs,
        double rawThumbsUpRate,
        double ipwEstimate,
        double promptedUserShare) {
    public SatisfactionTruth {
        trueBySegment = sorted(trueBySegment);
        interactionShareBySegment = sorted(interactionShareBySegment);
        thumbsShareBySegment = sorted(thumbsShareBySegment);
        thumbsPerInteractionBySegment = sorted(thumbsPerInteractionBySegment);
    }

    static Map<String, Double> sorted(Map<String, Double> map) {
        return Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
