package dev.plumbline.pairs;

import static dev.plumbline.pairs.Pairs.pair;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GatesTest {
    private final List<Pair> mostlyJudged = List.of(
            pair("p-1", "q1", "a", "b", 1, "PreferLabelledWinner", LabelOrigin.AI),
            pair("p-2", "q2", "a", "b", 1, "PreferLabelledWinner", LabelOrigin.AI),
            pair("p-3", "q3", "a", "b", 1, "PreferKeptOverRegenerated", LabelOrigin.IMPLICIT));

    @Test
    void aDatasetMostlyLabelledByJudgesFailsTheDefaultCap() {
        GateResult result = new CapAiLabelledShare(0.5).check(mostlyJudged).get(0);
        assertThat(result.passed()).isFalse();
        assertThat(result.observed()).isEqualTo(2.0 / 3);
        assertThat(result.message()).contains("2 of 3 pairs (66.7%) are labelled by AI judges alone; the cap is 50.0%");
    }

    @Test
    void theCapCanBeRaisedKnowingly() {
        assertThat(new CapAiLabelledShare(0.7).check(mostlyJudged).get(0).passed()).isTrue();
    }

    @Test
    void aSourceOverItsQuotaFailsAndOthersPass() {
        List<GateResult> results = new CapSourceShares(Map.of("PreferLabelledWinner", 0.5,
                "PreferKeptOverRegenerated", 0.5)).check(mostlyJudged);
        assertThat(results).extracting(GateResult::gate, GateResult::passed).containsExactly(
                org.assertj.core.groups.Tuple.tuple("source-quotas:PreferKeptOverRegenerated", true),
                org.assertj.core.groups.Tuple.tuple("source-quotas:PreferLabelledWinner", false));
    }
}
