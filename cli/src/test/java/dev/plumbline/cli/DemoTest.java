package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo recovers every planted trap within a stated tolerance. One run, several checks. */
class DemoTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path out;

    private static Demo demo;
    private static ObjectNode summary;

    @BeforeAll
    static void runTheDemo() throws Exception {
        demo = new Demo(out, 7, new PrintStream(OutputStream.nullOutputStream()));
        summary = demo.run();
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

    @Test
    void theJudgeAuditLeavesEveryLabelGivenWithTheJudgesVerdictInViewOutOfItsHumanReference() {
        assertThat(summary.get("judge").get("assisted_labels_excluded").asInt())
                .isEqualTo(summary.get("annotation").get("assisted_labels").asInt()).isPositive();
    }

    @Test
    void theReportShowsTheQueuesThroughputAndBacklogWithTheNumbersInText() throws Exception {
        JsonNode annotation = section(JSON.readTree(out.resolve("report").resolve("loop-health.json").toFile()), "agreement");
        assertThat(annotation.get("title").asText()).isEqualTo("Annotation throughput and agreement");
        assertThat(annotation.get("charts")).extracting(c -> c.get("id").asText())
                .contains("annotator-throughput", "annotator-time-per-item", "queue-age", "queue-backlog");
        assertThat(annotation.get("facts")).extracting(JsonNode::asText)
                .anySatisfy(f -> assertThat(f).startsWith("Queue " + DemoQueues.BLIND + ": "))
                .anySatisfy(f -> assertThat(f).startsWith("Queue " + DemoQueues.ASSISTED + ": "))
                .anySatisfy(f -> assertThat(f).matches("Queue " + DemoQueues.BLIND + ", .*: \\d+ labels, [0-9.]+ items per hour of work, median .*"));
    }

    @Test
    void servesTheDemosDashboardAndReportOverHttpUntilStopped() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        HttpClient http = HttpClient.newHttpClient();
        String base;
        try (DemoCommand.Serving serving = DemoCommand.serve(out, 0, demo.adminPassword(),
                new PrintStream(console, true, StandardCharsets.UTF_8))) {
            base = "http://localhost:" + serving.server().port();
            HttpResponse<String> report = http.send(HttpRequest.newBuilder(URI.create(base + "/v1/report")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(report.statusCode()).isEqualTo(200);
            JsonNode json = JSON.readTree(report.body());
            // the views that need the demo's ground truth come from its snapshot, with their time; the rest is live
            assertThat(section(json, "voice").get("available").asBoolean()).isTrue();
            assertThat(section(json, "voice").get("computed_at").isTextual()).isTrue();
            // contamination carried from the demo's snapshot; overlap against the data directory's eval sets is the CLI report's
            assertThat(section(json, "provenance").get("charts")).extracting(c -> c.get("id").asText()).containsExactly("contamination");
            assertThat(section(json, "agreement").get("charts")).extracting(c -> c.get("id").asText()).contains("annotator-throughput");
            assertThat(section(json, "agreement").get("computed_at").isNull()).isTrue();
            assertThat(section(json, "judges").get("facts")).extracting(JsonNode::asText).contains("Human reference and ceiling: blind"
                    + " annotator labels only; " + summary.get("annotation").get("assisted_labels").asInt()
                    + " labels given with a draft in view (saw_draft, anchored on it) were excluded.");
            HttpResponse<String> dashboard = http.send(HttpRequest.newBuilder(URI.create(base + "/dashboard.html")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(dashboard.statusCode()).isEqualTo(200);
            assertThat(dashboard.body()).contains("/v1/report");
        }
        assertThat(console.toString(StandardCharsets.UTF_8)).contains(base + "/dashboard.html")
                .contains("log in as " + DemoAnnotation.ADMIN + ", password " + demo.adminPassword());
        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(URI.create(base + "/healthz")).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(java.io.IOException.class);
    }

    @Test
    void serveAndPortAreOptionsOfTheDemoCommandWithPort7070ByDefault() {
        DemoCommand defaults = new DemoCommand();
        new picocli.CommandLine(defaults).parseArgs();
        DemoCommand serving = new DemoCommand();
        new picocli.CommandLine(serving).parseArgs("--out", out.toString(), "--serve", "--port", "0");
        assertThat(defaults.serve).isFalse();
        assertThat(defaults.port).isEqualTo(7070);
        assertThat(serving.serve).isTrue();
        assertThat(serving.port).isZero();
    }

    private static JsonNode section(JsonNode report, String id) {
        for (JsonNode section : report.get("sections")) {
            if (section.get("id").asText().equals(id)) {
                return section;
            }
        }
        throw new AssertionError("no section " + id + " in " + report);
    }
}
