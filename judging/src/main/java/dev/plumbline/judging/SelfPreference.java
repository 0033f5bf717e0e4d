package dev.plumbline.judging;

import static java.util.Objects.requireNonNull;

import dev.plumbline.stats.Interval;

/**
 * Whether a judge favours answers from its own model family, on the pairs where exactly one answer
 * comes from that family: the share of those the judge gives to its family (a tie counts half),
 * the same share under the reference on the same pairs, the gap between the two with a bootstrap
 * interval, and an exact McNemar p-value on "gave it to the own family" judge versus reference.
 */
public record SelfPreference(String family, int subjects, double judgeOwnFamilyRate, int pairedSubjects,
        double referenceOwnFamilyRate, double gap, Interval gapInterval, double mcNemarP) {
    public SelfPreference {
        requireNonNull(family, "family is null");
        requireNonNull(gapInterval, "gapInterval is null");
    }
}
