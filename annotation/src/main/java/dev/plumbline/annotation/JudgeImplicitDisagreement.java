package dev.plumbline.annotation;

import java.util.List;

/**
 * Queues pairs where the judge and the users' implicit signals disagree: judge {@code A}, implicit
 * {@code B} is queued; both {@code A} is not; a pair missing either verdict is not.
 */
public record JudgeImplicitDisagreement() implements FeedingPolicy {
    @Override
    public String name() {
        return "judge-implicit-disagreement";
    }

    @Override
    public List<PairCandidate> select(List<PairCandidate> candidates) {
        return candidates.stream().filter(c -> c.judgeVerdict().isPresent() && c.implicitVerdict().isPresent()
                && !c.judgeVerdict().get().equals(c.implicitVerdict().get())).toList();
    }
}
