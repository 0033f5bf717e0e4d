package dev.plumbline.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OverlapBenchmarkTest {
    @Test
    void aReducedRunFindsThePlantedNearDuplicatesWithRecallOfAtLeastNinetyFivePercent() {
        OverlapBenchmarkResult result = OverlapBenchmark.run(OverlapBenchmark.Settings.full().withSizes(6_000, 1_000, 400));

        assertThat(result.averageChars()).isBetween(480.0, 560.0);
        assertThat(result.samplePairsAtOrAbove()).isGreaterThan(50);
        assertThat(result.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.matches()).isGreaterThanOrEqualTo(result.samplePairsFound()).isLessThanOrEqualTo(result.candidates());
        assertThat(result.json()).contains("\"recall_at_0_85\"", "\"speedup_at_full_scale\"", "\"s_curve\"");
    }
}
