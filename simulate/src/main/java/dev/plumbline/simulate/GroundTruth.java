package dev.plumbline.simulate;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * Every effect a simulation run planted, as configured and as it came out in the generated
 * records: the truth that the audits and monitors must recover. Immutable.
 */
public record GroundTruth(
        long seed,
        Instant start,
        Instant end,
        TrafficTruth traffic,
        SatisfactionTruth satisfaction,
        JudgeTruth judge,
        AnnotatorTruth annotators,
        ContaminationTruth contamination,
        VoiceTruth voice,
        GoodhartTruth goodhart,
        List<ReleaseTruth> releases) {
    public GroundTruth {
        requireNonNull(start, "start is null");
        requireNonNull(end, "end is null");
        requireNonNull(traffic, "traffic is null");
        requireNonNull(satisfaction, "satisfaction is null");
        requireNonNull(judge, "judge is null");
        requireNonNull(annotators, "annotators is null");
        requireNonNull(contamination, "contamination is null");
        requireNonNull(voice, "voice is null");
        requireNonNull(goodhart, "goodhart is null");
        releases = List.copyOf(requireNonNull(releases, "releases is null"));
    }

    /** A few lines for a terminal: what was generated and what was planted. */
    public String summary() {
        return String.format(java.util.Locale.ROOT, String.join("%n",
                "%,d records: %,d interactions, %,d feedback, %,d labels (%,d users, %,d sessions)",
                "satisfaction: true %.3f, raw thumbs-up rate %.3f (biased), propensity-weighted %.3f",
                "judge %s: first-shown wins %.2f of %,d inconsistent pairs; prefers the longer answer %.2f (truth %.2f)",
                "contamination: %d of %d eval items (%.1f%%) for family %s",
                "teacher %s; drifting releases %s; control releases %s",
                "goodhart: %s"),
                traffic.records(), traffic.interactions(), traffic.feedback(), traffic.labels(), traffic.users(),
                traffic.sessions(), satisfaction.trueSatisfaction(), satisfaction.rawThumbsUpRate(),
                satisfaction.ipwEstimate(), judge.id(), judge.firstShownShareOnInconsistent(),
                judge.inconsistentPairs(), judge.judgePrefersLonger(), judge.truthPrefersLonger(),
                contamination.contaminatedItemIds().size(), contamination.itemIds().size(),
                100 * contamination.contaminatedShare(), contamination.evaluatedFamily(), voice.teacher(),
                voice.driftingReleases(), voice.controlReleases(), goodhart.divergingReleases());
    }

    /** The release truth for {@code name@version}, if the run had it. */
    public java.util.Optional<ReleaseTruth> release(String key) {
        return releases.stream().filter(r -> r.release().equals(key)).findFirst();
    }
}
