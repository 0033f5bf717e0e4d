package dev.plumbline.simulate;

import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Kind;
import dev.plumbline.model.Record;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts what a run generates, in constant memory, so that the ground truth states realised
 * effects beside planted ones. Not thread-safe: one run, one tally.
 */
final class Tally {
    private final Map<String, ReleaseTally> releases = new LinkedHashMap<>();
    private final JudgeTally judge;
    private final long[] kinds = new long[Kind.values().length];
    private final long[] feedback = new long[FeedbackType.values().length];
    private final long[] interactionsBySegment = new long[Segment.values().length];
    private final long[] satisfiedBySegment = new long[Segment.values().length];
    private final long[] thumbsBySegment = new long[Segment.values().length];
    private long thumbsUp;
    private long promptedThumbs;
    private double ipwUp;
    private double ipwWeight;
    long users;
    long promptedUsers;
    long sessions;
    long substantiveEdits;
    long trivialEdits;
    long sideBySidePairs;
    long annotatedPairs;
    long overlapPairs;
    long annotatorLabels;
    long assistedLabels;
    long anchoredLabels;

    Tally(ReleasePlan plan, String judgeFamily) {
        for (Release release : plan.all()) {
            releases.put(release.key(), new ReleaseTally(release, plan.previous(release)));
        }
        this.judge = new JudgeTally(judgeFamily);
    }

    void record(Record record) {
        kinds[record.kind().ordinal()]++;
    }

    void feedback(FeedbackType type) {
        feedback[type.ordinal()]++;
    }

    ReleaseTally release(Release release) {
        return releases.get(release.key());
    }

    JudgeTally judge() {
        return judge;
    }

    void interaction(Release release, Segment segment, boolean satisfied, int chars) {
        release(release).interaction(satisfied, chars);
        interactionsBySegment[segment.ordinal()]++;
        satisfiedBySegment[segment.ordinal()] += satisfied ? 1 : 0;
    }

    /** One thumbs; {@code propensity} is 0 for a self-selected click outside the prompted arm. */
    void thumbs(Segment segment, boolean up, double propensity) {
        thumbsBySegment[segment.ordinal()]++;
        thumbsUp += up ? 1 : 0;
        if (propensity > 0) {
            promptedThumbs++;
            ipwUp += up ? 1 / propensity : 0;
            ipwWeight += 1 / propensity;
        }
    }

    long count(Kind kind) {
        return kinds[kind.ordinal()];
    }

    TrafficTruth traffic() {
        Map<String, Long> byType = new LinkedHashMap<>();
        for (FeedbackType type : FeedbackType.values()) {
            if (feedback[type.ordinal()] > 0) {
                byType.put(type.wireName(), feedback[type.ordinal()]);
            }
        }
        long total = sum(kinds);
        return new TrafficTruth(total, count(Kind.INTERACTION), count(Kind.FEEDBACK), count(Kind.LABEL), byType,
                users, sessions, substantiveEdits, trivialEdits, sideBySidePairs);
    }

    SatisfactionTruth satisfaction() {
        long interactions = sum(interactionsBySegment);
        long thumbs = sum(thumbsBySegment);
        Map<String, Double> trueBy = new LinkedHashMap<>();
        Map<String, Double> interactionShare = new LinkedHashMap<>();
        Map<String, Double> thumbsShare = new LinkedHashMap<>();
        Map<String, Double> coverage = new LinkedHashMap<>();
        for (Segment segment : Segment.values()) {
            int s = segment.ordinal();
            trueBy.put(segment.wireName(), ReleaseTally.share(satisfiedBySegment[s], interactionsBySegment[s]));
            interactionShare.put(segment.wireName(), ReleaseTally.share(interactionsBySegment[s], interactions));
            thumbsShare.put(segment.wireName(), ReleaseTally.share(thumbsBySegment[s], thumbs));
            coverage.put(segment.wireName(), ReleaseTally.share(thumbsBySegment[s], interactionsBySegment[s]));
        }
        return new SatisfactionTruth(ReleaseTally.share(sum(satisfiedBySegment), interactions), trueBy,
                interactionShare, thumbsShare, coverage, thumbs, promptedThumbs,
                ReleaseTally.share(thumbsUp, thumbs), ReleaseTally.share(ipwUp, ipwWeight),
                ReleaseTally.share(promptedUsers, users));
    }

    Iterable<ReleaseTally> releaseTallies() {
        return releases.values();
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long value : values) {
            total += value;
        }
        return total;
    }
}
