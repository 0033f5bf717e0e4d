package dev.plumbline.probes;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Ratings (1–10) of the same texts when the user says they wrote them versus someone else did,
 * over items where both ratings were read. The shift is own minus other; the p-value is the exact
 * sign test (McNemar on the items rated higher either way; ties drop out).
 */
public record FeedbackResult(int items, int pairs, Optional<Double> meanOwn, Optional<Double> meanOther, Optional<Double> meanShift,
        int ownHigher, int otherHigher, int same, double pValue, int unparsed, List<Unparsed> unparsedReplies) {
    public FeedbackResult {
        requireNonNull(meanOwn, "meanOwn is null");
        requireNonNull(meanOther, "meanOther is null");
        requireNonNull(meanShift, "meanShift is null");
        unparsedReplies = List.copyOf(requireNonNull(unparsedReplies, "unparsedReplies is null"));
    }
}
