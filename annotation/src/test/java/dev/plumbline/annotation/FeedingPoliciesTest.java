package dev.plumbline.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FeedingPoliciesTest {
    private static PairCandidate pair(String id, String source, double confidence) {
        return PairCandidate.of(id + "-a", id + "-b", "prompt " + id, "left", "right", source, confidence);
    }

    @Test
    void belowConfidenceQueuesOnlyPairsTheirSourceIsUnsureOf() {
        List<PairCandidate> picked = new BelowConfidence(0.7).select(List.of(pair("x", "regen", 0.55), pair("y", "regen", 0.9),
                pair("z", "edit", 0.7)));
        assertThat(picked).extracting(PairCandidate::first).containsExactly("x-a");
    }

    @Test
    void judgeImplicitDisagreementQueuesOnlyPairsWithTwoDifferentVerdicts() {
        List<PairCandidate> picked = new JudgeImplicitDisagreement().select(List.of(
                pair("x", "s", 0.9).withVerdicts("A", "B"), pair("y", "s", 0.9).withVerdicts("A", "A"), pair("z", "s", 0.9)));
        assertThat(picked).extracting(PairCandidate::first).containsExactly("x-a");
    }

    @Test
    void theAuditSampleTakesTheSameShareOfEverySourceWhateverTheInputOrder() {
        List<PairCandidate> candidates = new ArrayList<>();
        IntStream.range(0, 100).forEach(i -> candidates.add(pair("r" + i, "regen", 0.99)));
        IntStream.range(0, 10).forEach(i -> candidates.add(pair("e" + i, "edit", 0.1)));
        AuditSample sample = new AuditSample(0.1, 7);
        List<PairCandidate> picked = sample.select(candidates);
        Map<String, Long> perSource = picked.stream().collect(Collectors.groupingBy(PairCandidate::source, Collectors.counting()));
        assertThat(perSource).containsEntry("regen", 10L).containsEntry("edit", 1L);
        List<PairCandidate> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, new java.util.Random(3));
        assertThat(Set.copyOf(sample.select(shuffled))).isEqualTo(Set.copyOf(picked));
        assertThat(Set.copyOf(new AuditSample(0.1, 8).select(candidates))).isNotEqualTo(Set.copyOf(picked));
    }

    @Test
    void coverageGapsQueueSegmentsWithoutLabelsUpToTheLimit() {
        List<PairCandidate> picked = new CoverageGaps(Set.of("free"), 2).select(List.of(
                pair("a", "s", 0.9).withSegment("free"), pair("b", "s", 0.9).withSegment("enterprise"),
                pair("c", "s", 0.9).withSegment("enterprise"), pair("d", "s", 0.9).withSegment("enterprise"),
                pair("e", "s", 0.9)));
        assertThat(picked).extracting(PairCandidate::first).containsExactly("b-a", "c-a");
    }

    @Test
    void theFeederQueuesAPairOnceUnderTheFirstPolicyThatPickedIt() {
        List<PairCandidate> candidates = List.of(pair("x", "regen", 0.5).withVerdicts("A", "B"), pair("y", "regen", 0.9).withVerdicts("A", "B"));
        List<FedPair> fed = Feeder.feed(candidates, List.of(new BelowConfidence(0.7), new JudgeImplicitDisagreement()));
        assertThat(fed).extracting(FedPair::policy).containsExactly("below-confidence", "judge-implicit-disagreement");
        assertThat(fed).extracting(FedPair::itemId).doesNotHaveDuplicates();
        assertThat(fed.get(0).itemId()).isEqualTo(candidates.get(0).itemId());
    }
}
