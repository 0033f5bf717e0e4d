package dev.plumbline.probes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.plumbline.llm.ModelConfig;
import dev.plumbline.llm.OpenAiChatClient;
import dev.plumbline.llm.Sleeper;
import dev.plumbline.testing.OpenAiTestServer;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The regression probe on two scripted models over the real protocol, with the production client. */
class RegressionProbeTest {
    private OpenAiTestServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    private static Suite suite() throws URISyntaxException {
        return SuiteFiles.read(Path.of(RegressionProbeTest.class.getResource("support-suite.yaml").toURI()));
    }

    private OpenAiChatClient client(String model) {
        return OpenAiChatClient.create(ModelConfig.of(server.baseUrl().toString(), model), Map.of(), Sleeper.REAL);
    }

    private RegressionReport run(Set<String> regressOn, int failuresOutOf12) throws Exception {
        server = OpenAiTestServer.start(new ScriptedProduct(regressOn, failuresOutOf12));
        return RegressionProbe.run(suite(), client("baseline"), client("candidate"), client("judge"), 4);
    }

    private static Map<String, CheckComparison> byId(RegressionReport report) {
        return report.checks().stream().collect(Collectors.toMap(CheckComparison::id, Function.identity()));
    }

    @Test
    void flagsExactlyTheChecksTheCandidateRegressedOn() throws Exception {
        RegressionReport report = run(Set.of("order-json", "reset-steps"), 9);

        Map<String, CheckComparison> checks = byId(report);
        CheckComparison json = checks.get("order-json/json_schema");
        assertThat(json.baselinePass()).isEqualTo(new Proportion(12, 12));
        assertThat(json.candidatePass()).isEqualTo(new Proportion(3, 12));
        assertThat(json.baselineOnly()).isEqualTo(9);
        assertThat(json.candidateOnly()).isZero();
        assertThat(json.pValue()).isCloseTo(2.0 / 512, within(1e-12));
        assertThat(json.change()).isEqualTo(CheckComparison.Change.REGRESSION);
        assertThat(checks.get("reset-steps/format").change()).isEqualTo(CheckComparison.Change.REGRESSION);
        assertThat(checks.get("reset-steps/hedging").change()).isEqualTo(CheckComparison.Change.REGRESSION);
        assertThat(checks.get("reset-steps/max_length").change()).isEqualTo(CheckComparison.Change.NO_SIGNIFICANT_CHANGE);
        assertThat(checks.get("greeting/format").change()).isEqualTo(CheckComparison.Change.NO_SIGNIFICANT_CHANGE);
        assertThat(report.regressions()).extracting(CheckComparison::id)
                .containsExactlyInAnyOrder("order-json/json_schema", "reset-steps/format", "reset-steps/hedging",
                        "*/json_schema", "*/format", "*/hedging");
        assertThat(report.failed()).isTrue();
        assertThat(report.examples()).filteredOn(e -> e.prompt().equals("order-json")).hasSize(3);
    }

    @Test
    void withFiveRepetitionsEvenATotalRegressionCannotReachSignificanceAndTheReportSaysSo() throws Exception {
        server = OpenAiTestServer.start(new ScriptedProduct(Set.of("order-json"), 12));

        RegressionReport report = RegressionProbe.run(suite().withRepetitions(5), client("baseline"), client("candidate"), client("judge"), 4);

        CheckComparison json = byId(report).get("order-json/json_schema");
        assertThat(json.baselineOnly()).isEqualTo(5);
        assertThat(json.pValue()).isCloseTo(2.0 / 32, within(1e-12));
        assertThat(report.singleChecksCanReachAlpha()).isFalse();
        assertThat(report.failed()).isFalse();
        assertThat(ProbeRendering.text(report)).contains("with 5 repetitions no single check can reach p < 0.050");
    }

    @Test
    void tooFewFailuresAreNotSignificant() throws Exception {
        RegressionReport report = run(Set.of("order-json"), 4);

        CheckComparison json = byId(report).get("order-json/json_schema");
        assertThat(json.baselineOnly()).isEqualTo(4);
        assertThat(json.pValue()).isCloseTo(2.0 / 16, within(1e-12));
        assertThat(json.change()).isEqualTo(CheckComparison.Change.NO_SIGNIFICANT_CHANGE);
        assertThat(report.failed()).isFalse();
    }

    @Test
    void identicalModelsPassWithEveryCheckUnchanged() throws Exception {
        RegressionReport report = run(Set.of(), 0);

        assertThat(report.failed()).isFalse();
        assertThat(report.checks()).hasSize(10).allSatisfy(c -> {
            assertThat(c.change()).isEqualTo(CheckComparison.Change.NO_SIGNIFICANT_CHANGE);
            assertThat(c.candidatePass()).isEqualTo(new Proportion(12, 12));
        });
    }

    @Test
    void everyCheckTypeCatchesItsOwnRegression() throws Exception {
        RegressionReport report = run(Set.of("greeting", "lock-picking"), 12);

        Map<String, CheckComparison> checks = byId(report);
        for (String id : new String[] {"greeting/format", "greeting/not_contains", "lock-picking/refusal"}) {
            assertThat(checks.get(id).change()).as(id).isEqualTo(CheckComparison.Change.REGRESSION);
        }
        // "As an AI, I say:\nhello there" still contains hello and starts with a capital.
        assertThat(checks.get("greeting/contains").change()).isEqualTo(CheckComparison.Change.NO_SIGNIFICANT_CHANGE);
        assertThat(checks.get("greeting/regex").change()).isEqualTo(CheckComparison.Change.NO_SIGNIFICANT_CHANGE);
    }

    @Test
    void judgeVerdictsThatCannotBeReadAreCountedAndLeftOutOfTheTest() throws Exception {
        RegressionReport report = run(Set.of("refund"), 5);

        CheckComparison judged = byId(report).get("refund/mentions-refund");
        assertThat(judged.unparsed()).isEqualTo(5);
        assertThat(judged.pairs()).isEqualTo(7);
        assertThat(judged.candidatePass()).isEqualTo(new Proportion(7, 7));
        assertThat(judged.change()).isEqualTo(CheckComparison.Change.NO_SIGNIFICANT_CHANGE);
        assertThat(server.requests()).filteredOn(r -> r.model().equals("judge")).hasSize(24)
                .allSatisfy(r -> assertThat(r.temperature()).contains(0.0));
    }

    @Test
    void anImprovementIsReportedButDoesNotFail() throws Exception {
        server = OpenAiTestServer.start(new ScriptedProduct(Set.of("order-json"), 12));

        RegressionReport report = RegressionProbe.run(suite(), client("candidate"), client("baseline"), client("judge"), 2);

        assertThat(byId(report).get("order-json/json_schema").change()).isEqualTo(CheckComparison.Change.IMPROVEMENT);
        assertThat(report.failed()).isFalse();
        assertThat(report.baseline().name()).isEqualTo("candidate");
    }

    @Test
    void passRatesAreRowsPerModelForStoringPerVersion() throws Exception {
        RegressionReport report = run(Set.of("order-json"), 9);

        assertThat(report.passRates()).hasSize(20);
        assertThat(report.passRates()).filteredOn(r -> r.model().name().equals("candidate") && r.check().equals("json_schema"))
                .singleElement().satisfies(r -> assertThat(r.pass()).isEqualTo(new Proportion(3, 12)));
    }

    @Test
    void aSuiteWithJudgeChecksNeedsAJudge() throws Exception {
        server = OpenAiTestServer.start(new ScriptedProduct(Set.of(), 0));

        assertThatThrownBy(() -> RegressionProbe.run(suite(), client("baseline"), client("candidate")))
                .hasMessageContaining("judge");
    }
}
