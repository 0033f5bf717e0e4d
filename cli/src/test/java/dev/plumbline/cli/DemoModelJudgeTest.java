package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.llm.ModelConfig;
import dev.plumbline.llm.OpenAiChatClient;
import dev.plumbline.testing.OpenAiTestServer;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plumbline demo --base-url … --model …}: a real model, here a scripted judge with a known
 * position bias behind the local OpenAI-compatible server, judges the demo's pairs through the real
 * client instead of the simulated judge, and the demo's judge audit measures its bias.
 */
class DemoModelJudgeTest {
    private static final int PAIRS = 200;
    private static final PositionBiasedJudge SCRIPT = new PositionBiasedJudge(0.3, 0.8);

    @TempDir
    static Path out;

    private static OpenAiTestServer server;
    private static ObjectNode summary;

    @BeforeAll
    static void runTheDemoWithAModelJudge() throws Exception {
        server = OpenAiTestServer.start(SCRIPT);
        OpenAiChatClient client = OpenAiChatClient.create(ModelConfig.of(server.baseUrl().toString(), "scripted-judge")
                .withFamily("script"));
        summary = new Demo(out, 11, new PrintStream(OutputStream.nullOutputStream())).withUsers(500)
                .judgedBy(new DemoModelJudge(client, PAIRS)).run();
    }

    @AfterAll
    static void stopTheModelServer() {
        server.close();
    }

    @Test
    void everyPairIsJudgedInBothOrdersThroughTheClientAndTheSimulatedJudgeIsLeftOut() {
        JsonNode judge = summary.get("judge");
        assertThat(server.requestCount()).isEqualTo(2 * PAIRS);
        assertThat(summary.get("judge_calls_failed").asInt()).isZero();
        assertThat(judge.get("source").asText()).isEqualTo("model");
        assertThat(judge.get("judge").asText()).contains("scripted-judge");
        assertThat(judge.has("planted_first_shown_share")).isFalse();
    }

    @Test
    void theJudgeAuditMeasuresTheScriptedJudgesPositionBias() {
        JsonNode judge = summary.get("judge");
        assertThat(SCRIPT.positionalPairs()).isGreaterThan(30);
        assertThat(judge.get("inconsistent_pairs").asInt()).isEqualTo(SCRIPT.positionalPairs());
        assertThat(judge.get("measured_first_shown_share").asDouble()).isCloseTo(SCRIPT.producedFirstShownShare(), within(1e-9));
        assertThat(judge.get("measured_first_shown_share").asDouble()).isCloseTo(0.8, within(0.12));
    }

    @Test
    void theQueuesAreFedWithTheModelsVerdicts() {
        JsonNode a = summary.get("annotation");
        assertThat(a.get("judge_agreement_assisted").asDouble()).isGreaterThan(a.get("judge_agreement_blind").asDouble());
        assertThat(a.get("blind_labels").asInt()).isPositive();
    }
}
