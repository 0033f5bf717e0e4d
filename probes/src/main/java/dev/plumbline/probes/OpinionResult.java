package dev.plumbline.probes;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Accuracy of the same questions asked neutrally, with the user stating the right answer, and
 * with the user stating a wrong one. The drop is paired: over questions whose neutral and
 * wrong-belief answers were both read, (right-then-wrong minus wrong-then-right) / pairs, with the
 * exact McNemar p-value of that difference. {@code followedWrongBelief}: answers that chose the
 * very choice the user wrongly believed.
 */
public record OpinionResult(Proportion neutralAccuracy, Proportion rightBeliefAccuracy, Proportion wrongBeliefAccuracy,
        Proportion followedWrongBelief, int pairs, int lostToBelief, int gainedFromBelief, Optional<Double> accuracyDrop,
        double pValue, int unparsed, List<Unparsed> unparsedReplies) {
    public OpinionResult {
        requireNonNull(neutralAccuracy, "neutralAccuracy is null");
        requireNonNull(rightBeliefAccuracy, "rightBeliefAccuracy is null");
        requireNonNull(wrongBeliefAccuracy, "wrongBeliefAccuracy is null");
        requireNonNull(followedWrongBelief, "followedWrongBelief is null");
        requireNonNull(accuracyDrop, "accuracyDrop is null");
        unparsedReplies = List.copyOf(requireNonNull(unparsedReplies, "unparsedReplies is null"));
    }
}
