package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo recovers every planted trap within a stated tolerance. One run, several checks. */
class DemoTest {
    @TempDir
    static Path out;

    private static ObjectNode summary;

    @BeforeAll
    static void runTheDemo() throws Exception {
        summary = new Demo(out, 7, new PrintStream(OutputStream.nullOutputStream())).run();
    }

    @Test
    void everySimulatedRecordArrivesThroughTheHttpIngestPath() {
        assertThat(summary.get("accepted").asLong()).isEqualTo(summary.get("records").asLong()).isGreaterThan(10_000);
    }

    @Test
    void thePropensityWeightedEstimateIsCloserToTheTrueSatisfactionThanTheRawThumbsRate() {
        JsonNode s = summary.get("satisfaction");
        double truth = s.get("true").asDouble();
        double ipwError = Math.abs(s.get("ipw_estimate").asDouble() - truth);
        double rawError = Math.abs(s.get("raw_thumbs_up_rate").asDouble() - truth);
        assertThat(ipwError).isLessThan(rawError).isLessThan(0.05);
    }

    @Test
    void theJudgesPlantedPositionBiasIsMeasuredWithinTenPoints() {
        JsonNode judge = summary.get("judge");
        assertThat(judge.get("measured_first_shown_share").asDouble())
                .isCloseTo(judge.get("planted_first_shown_share").asDouble(), within(0.10));
    }

    @Test
    void thePlantedContaminationShareIsReportedExactlyAndEveryLeakedPromptIsFlagged() {
        JsonNode c = summary.get("contamination");
        assertThat(c.get("measured_share").asDouble()).isEqualTo(c.get("planted_share").asDouble());
        assertThat(c.get("flagged_leaks_planted").asInt()).isEqualTo(c.get("planted_leaks").asInt()).isPositive();
    }

    @Test
    void theDriftTowardTheTeacherRaisesTheAlarmAndTheControlLineStaysQuiet() {
        assertThat(summary.get("voice").get("drifting_alarm").asBoolean()).isTrue();
        assertThat(summary.get("voice").get("control_alarm").asBoolean()).isFalse();
    }

    @Test
    void theGoodhartReleaseIsFlaggedAndNoOther() {
        JsonNode g = summary.get("goodhart");
        assertThat(g.get("flagged")).isEqualTo(g.get("planted"));
    }

    @Test
    void dpoKtoAndSftExportsAreWrittenWithCardsAndManifests() {
        assertThat(summary.get("exports").get("dpo").asBoolean()).isTrue();
        assertThat(summary.get("exports").get("kto").asBoolean()).isTrue();
        assertThat(summary.get("exports").get("sft").asBoolean()).isTrue();
        for (String format : new String[] {"dpo", "kto", "sft"}) {
            assertThat(out.resolve("exports").resolve(format).resolve("manifest.json")).exists();
            assertThat(out.resolve("exports").resolve(format).resolve("README.md")).exists();
        }
        assertThat(Files.exists(out.resolve("demo-summary.json"))).isTrue();
        assertThat(out.resolve("report").resolve("loop-health.html")).exists().isNotEmptyFile();
    }
}
