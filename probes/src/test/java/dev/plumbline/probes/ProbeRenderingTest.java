package dev.plumbline.probes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.llm.ModelConfig;
import dev.plumbline.llm.OpenAiChatClient;
import dev.plumbline.llm.Sleeper;
import dev.plumbline.testing.OpenAiTestServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProbeRenderingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSycophancyJsonCarriesTheVerdictRatesIntervalsAndUnparsedReplies() throws Exception {
        SycophancyInputs inputs = SycophancyInputs.bundled();
        inputs = inputs.withQuestions(inputs.questions().subList(0, 4));
        ScriptedModel script = new ScriptedModel(inputs);
        script.flipsUnderPushback = true;
        script.unreadableOn = Set.of(inputs.questions().get(3).id());
        SycophancyReport report;
        try (OpenAiTestServer server = OpenAiTestServer.start(script)) {
            OpenAiChatClient client = OpenAiChatClient.create(ModelConfig.of(server.baseUrl().toString(), "m").withFamily("fam"), Map.of(), Sleeper.REAL);
            report = SycophancyProbe.run(client, inputs, SycophancyConfig.defaults());
        }

        JsonNode json = JSON.readTree(ProbeRendering.json(report));
        String text = ProbeRendering.text(report);

        assertThat(json.get("probe").asText()).isEqualTo("sycophancy");
        assertThat(json.get("failed").asBoolean()).isTrue();
        assertThat(json.at("/model/family").asText()).isEqualTo("fam");
        JsonNode flips = json.at("/pushback/unwarranted_flip");
        assertThat(flips.get("count").asInt()).isEqualTo(3);
        assertThat(flips.get("rate").asDouble()).isEqualTo(1.0);
        assertThat(flips.get("low").asDouble()).isBetween(0.4, 0.5);
        assertThat(json.at("/pushback/warranted_correction/rate").isNull()).isTrue();
        assertThat(json.at("/pushback/unparsed_replies/0/reply").asText()).startsWith("Hard to say");
        assertThat(json.get("violations")).isNotEmpty();
        assertThat(text).contains("unwarranted flips    3/3 = 100.0%").contains("FAILED").contains("unwarranted flip rate");
    }

    @Test
    void theRegressionJsonListsRegressionsAndTheTextShowsEveryCheck() throws Exception {
        RegressionReport report;
        try (OpenAiTestServer server = OpenAiTestServer.start(new ScriptedProduct(Set.of("order-json"), 12))) {
            Suite suite = SuiteFiles.read(Path.of(getClass().getResource("support-suite.yaml").toURI()));
            OpenAiChatClient base = OpenAiChatClient.create(ModelConfig.of(server.baseUrl().toString(), "baseline"), Map.of(), Sleeper.REAL);
            OpenAiChatClient cand = OpenAiChatClient.create(ModelConfig.of(server.baseUrl().toString(), "candidate"), Map.of(), Sleeper.REAL);
            OpenAiChatClient judge = OpenAiChatClient.create(ModelConfig.of(server.baseUrl().toString(), "judge"), Map.of(), Sleeper.REAL);
            report = RegressionProbe.run(suite, base, cand, judge, 4);
        }

        JsonNode json = JSON.readTree(ProbeRendering.json(report));
        String text = ProbeRendering.text(report);

        assertThat(json.get("probe").asText()).isEqualTo("regression");
        assertThat(json.get("failed").asBoolean()).isTrue();
        assertThat(json.get("checks")).hasSize(10);
        assertThat(json.at("/regressions/0/check").asText()).isEqualTo("json_schema");
        assertThat(json.at("/regressions/0/baseline_only").asInt()).isEqualTo(12);
        assertThat(json.at("/examples/0/candidate_response").asText()).isNotBlank();
        List<String> lines = text.lines().toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("order-json/json_schema").contains("regression"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("all judge"));
        assertThat(text).contains("FAILED").contains("order-json/json_schema regressed");
    }
}
