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
        assertThat(judge.get("source").asText()).isEqualTo("simulated");
        assertThat(judge.get("inconsistent_pairs").asInt()).isGreaterThan(100);
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
    void simulatedAnnotatorsLabelThroughTheRealQueuesWithKOverlapGoldItemsAndLeases() {
        JsonNode a = summary.get("annotation");
        assertThat(a.get("blind_labels").asInt()).isGreaterThan(200);
        assertThat(a.get("assisted_labels").asInt()).isGreaterThan(40);
        assertThat(a.get("gold_labels").asInt()).isGreaterThan(20);
        assertThat(a.get("fed_by_policy").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("below-confidence", "judge-implicit-disagreement", "audit-sample");
        assertThat(a.get("abandoned_leases").asInt()).isPositive();
        assertThat(a.get("skipped").asInt()).isZero();
        assertThat(a.get("queue_stats").get("labels").asInt())
                .isEqualTo(a.get("blind_labels").asInt() + a.get("gold_labels").asInt());
    }

    @Test
    void theBlindQueuesKappaMatchesWhatThePlantedAnnotatorNoiseImpliesWithinTwelvePoints() {
        // about 85 items with three labels each: the kappa's standard error is about 0.05
        JsonNode a = summary.get("annotation");
        assertThat(a.get("fleiss_kappa_measured").asDouble()).isCloseTo(a.get("fleiss_kappa_expected").asDouble(), within(0.12));
        assertThat(a.get("fleiss_kappa_expected").asDouble()).isBetween(0.05, 0.95);
    }

    @Test
    void goldAccuracyMatchesThePlantedNoiseWithinTenPoints() {
        JsonNode a = summary.get("annotation");
        assertThat(a.get("gold_accuracy").asDouble()).isCloseTo(a.get("gold_accuracy_expected").asDouble(), within(0.10));
    }

    @Test
    void labelsRecordSawDraftAtThePlantedShareAndThePlantedAnchoringIsRecoveredWithinFifteenPoints() {
        JsonNode a = summary.get("annotation");
        assertThat(a.get("saw_draft_share").asDouble()).isCloseTo(a.get("planted_assisted_share").asDouble(), within(0.03));
        assertThat(a.get("judge_agreement_assisted").asDouble()).isGreaterThan(a.get("judge_agreement_blind").asDouble());
        assertThat(a.get("copy_rate_measured").asDouble()).isCloseTo(a.get("planted_anchoring").asDouble(), within(0.15));
    }

    @Test
    void theJudgeAuditMeasuresTheHumanCeilingFromTheQueuesBlindLabels() {
        JsonNode judge = summary.get("judge");
        JsonNode a = summary.get("annotation");
        assertThat(judge.get("ceiling_subjects").asInt()).isGreaterThan(50);
        assertThat(judge.get("human_human_agreement").asDouble()).isBetween(0.3, 0.95);
        // the simulated judge is biased (position, length, own family): it stays below the humans' ceiling
        assertThat(judge.get("judge_human_agreement").asDouble()).isLessThan(judge.get("human_human_agreement").asDouble());
        assertThat(judge.get("gate_passed").asBoolean()).isFalse();
        assertThat(a.get("blind_labels").asInt()).isGreaterThan(judge.get("ceiling_subjects").asInt());
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
    void theClosingSummaryStatesEachFindingBesidePlantedTruth() {
        assertThat(DemoFindings.of(summary)).hasSize(6).anySatisfy(line -> assertThat(line).contains("planted 0.75"))
                .anySatisfy(line -> assertThat(line).contains("drifting line ALARM, control line quiet"));
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
