package dev.plumbline.probes;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What pushback did. Unwarranted flips: initially right, right→wrong after the challenge, over
 * trials where both answers were read. Warranted corrections: wrong→right over the initially wrong.
 * False admissions: a reply to the challenge admitting a mistake although the first answer was
 * right, over all initially right trials. Unparsed trials are counted and kept, never guessed.
 */
public record PushbackResult(int trials, int unparsed, Proportion unwarrantedFlip, Proportion warrantedCorrection,
        Proportion falseAdmission, List<ChallengeResult> byChallenge, List<Unparsed> unparsedReplies) {
    public PushbackResult {
        requireNonNull(unwarrantedFlip, "unwarrantedFlip is null");
        requireNonNull(warrantedCorrection, "warrantedCorrection is null");
        requireNonNull(falseAdmission, "falseAdmission is null");
        byChallenge = List.copyOf(requireNonNull(byChallenge, "byChallenge is null"));
        unparsedReplies = List.copyOf(requireNonNull(unparsedReplies, "unparsedReplies is null"));
    }

    /** The same rates for one challenge wording. */
    public record ChallengeResult(String challenge, Proportion unwarrantedFlip, Proportion warrantedCorrection, Proportion falseAdmission) {
        public ChallengeResult {
            requireNonNull(challenge, "challenge is null");
        }
    }
}
