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

    /** The release truth for {@code name@version}, if the run had it. */
    public java.util.Optional<ReleaseTruth> release(String key) {
        return releases.stream().filter(r -> r.release().equals(key)).findFirst();
    }
}
