package dev.plumbline.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plumbline.model.ErrorType;
import dev.plumbline.model.Message;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.testing.ChatRequest;
import dev.plumbline.testing.OpenAiTestServer;
import dev.plumbline.testing.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiChatClientTest {
    private final OpenAiTestServer server = OpenAiTestServer.start();
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopServer() {
        server.close();
    }

    private ModelConfig config() {
        return ModelConfig.of(server.baseUrl().toString(), "test-model").withFamily("test-family")
                .withRetries(3, Duration.ofMillis(100), Duration.ofSeconds(10));
    }

    private OpenAiChatClient client(ModelConfig config) {
        return OpenAiChatClient.create(config, Map.of(), sleeps::add);
    }

    @Test
    void returnsTheAnswerTextAndSendsModelMessagesTemperatureAndTokenLimit() {
        server.script(Reply.answer("Paris", 12, 1));
        OpenAiChatClient client = client(config().withTemperature(0.7).withMaxTokens(64));

        Completion completion = client.complete(List.of(new Message("system", "Be brief."), Message.user("Capital of France?")));

        assertThat(completion.text()).isEqualTo("Paris");
        assertThat(completion.usage().inputTokens()).isEqualTo(12);
        assertThat(completion.finishReason()).contains("stop");
        assertThat(completion.model().family()).contains("test-family");
        ChatRequest received = server.requests().get(0);
        assertThat(received.model()).isEqualTo("test-model");
        assertThat(received.messages()).containsExactly(new Message("system", "Be brief."), Message.user("Capital of France?"));
        assertThat(received.temperature()).contains(0.7);
        assertThat(received.maxTokens()).contains(64);
    }

    @Test
    void perCallOptionsOverrideTheConfiguredTemperatureAndLimit() {
        client(config().withTemperature(0.7)).complete(List.of(Message.user("hi")), ChatOptions.defaults().withTemperature(0.0).withMaxTokens(5));

        assertThat(server.requests().get(0).temperature()).contains(0.0);
        assertThat(server.requests().get(0).maxTokens()).contains(5);
    }

    @Test
    void sendsTheKeyFromTheNamedVariableAsABearerHeader() {
        OpenAiChatClient client = OpenAiChatClient.create(config().withApiKeyVariable("JUDGE_KEY"),
                Map.of("JUDGE_KEY", "sk-secret-123", "OPENAI_API_KEY", "sk-other"), sleeps::add);

        client.complete(List.of(Message.user("hi")));

        assertThat(server.requests().get(0).authorization()).contains("Bearer sk-secret-123");
    }

    @Test
    void sendsTheDefaultVariablesKeyAndNoHeaderWhenItIsUnset() {
        OpenAiChatClient.create(config(), Map.of("OPENAI_API_KEY", "sk-default"), sleeps::add).complete(List.of(Message.user("a")));
        OpenAiChatClient.create(config(), Map.of(), sleeps::add).complete(List.of(Message.user("b")));

        assertThat(server.requests().get(0).authorization()).contains("Bearer sk-default");
        assertThat(server.requests().get(1).authorization()).isEmpty();
    }

    @Test
    void refusesANamedKeyVariableThatIsNotSet() {
        assertThatThrownBy(() -> OpenAiChatClient.create(config().withApiKeyVariable("MISSING_KEY"), Map.of(), sleeps::add))
                .isInstanceOf(PlumblineException.class).hasMessageContaining("MISSING_KEY")
                .extracting(e -> ((PlumblineException) e).type()).isEqualTo(ErrorType.INVALID_INPUT);
    }

    @Test
    void neverPrintsTheKey() {
        OpenAiChatClient client = OpenAiChatClient.create(config(), Map.of("OPENAI_API_KEY", "sk-secret-123"), sleeps::add);

        assertThat(client.toString()).doesNotContain("sk-secret-123").contains("redacted");
        assertThat(client.config().toString()).doesNotContain("sk-secret-123");
    }

    @Test
    void retriesA429AfterExactlyTheRetryAfterTheServerAsked() {
        server.script(Reply.rateLimited(7), Reply.answer("done"));
        OpenAiChatClient client = client(config());

        assertThat(client.complete(List.of(Message.user("hi"))).text()).isEqualTo("done");

        assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
        assertThat(server.requestCount()).isEqualTo(2);
        assertThat(client.usage().retries()).isEqualTo(1);
    }

    @Test
    void aRetryAfterLongerThanFiveMinutesFailsAtOnceInsteadOfHanging() {
        server.script(Reply.rateLimited(3600), Reply.answer("too late"));

        assertThatThrownBy(() -> client(config()).complete(List.of(Message.user("hi"))))
                .isInstanceOf(PlumblineException.class).hasMessageContaining("retry after 3600 s")
                .extracting(e -> ((PlumblineException) e).type()).isEqualTo(ErrorType.UNAVAILABLE);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void retriesServerErrorsWithExponentialJitteredBackoff() {
        server.script(Reply.serverError(), Reply.error(502, "bad gateway"), Reply.error(503, "overloaded"), Reply.answer("done"));
        OpenAiChatClient client = client(config());

        assertThat(client.complete(List.of(Message.user("hi"))).text()).isEqualTo("done");

        assertThat(sleeps).hasSize(3);
        assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(sleeps.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(sleeps.get(2)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void backoffIsCappedAtTheMaximum() {
        server.respondWith(request -> Reply.serverError());
        OpenAiChatClient client = client(config().withRetries(6, Duration.ofMillis(100), Duration.ofMillis(300)));

        assertThatThrownBy(() -> client.complete(List.of(Message.user("hi")))).isInstanceOf(PlumblineException.class);

        assertThat(sleeps).hasSize(6).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofMillis(300)));
        assertThat(sleeps.get(5)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }

    @Test
    void givesUpAfterTheRetriesAsUnavailableNamingTheLastError() {
        server.respondWith(request -> Reply.serverError());
        OpenAiChatClient client = client(config().withRetries(2, Duration.ofMillis(10), Duration.ofMillis(20)));

        assertThatThrownBy(() -> client.complete(List.of(Message.user("hi"))))
                .isInstanceOf(PlumblineException.class)
                .hasMessageContaining("3 attempt(s)").hasMessageContaining("HTTP 500")
                .extracting(e -> ((PlumblineException) e).type()).isEqualTo(ErrorType.UNAVAILABLE);
        assertThat(server.requestCount()).isEqualTo(3);
        assertThat(client.usage().failures()).isEqualTo(1);
        assertThat(client.usage().retries()).isEqualTo(2);
    }

    @Test
    void aClientErrorFailsAtOnceAsInvalidInputWithTheServersMessage() {
        server.script(Reply.error(400, "model 'nope' does not exist"));
        OpenAiChatClient client = client(config());

        assertThatThrownBy(() -> client.complete(List.of(Message.user("hi"))))
                .isInstanceOf(PlumblineException.class).hasMessageContaining("model 'nope' does not exist")
                .extracting(e -> ((PlumblineException) e).type()).isEqualTo(ErrorType.INVALID_INPUT);
        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void anUnauthorisedRequestPointsAtTheKeyVariable() {
        server.script(Reply.error(401, "Incorrect API key provided"));

        assertThatThrownBy(() -> client(config()).complete(List.of(Message.user("hi"))))
                .hasMessageContaining("OPENAI_API_KEY").hasMessageContaining("HTTP 401");
    }

    @Test
    void aRefusedConnectionIsRetriedThenUnavailable() {
        String deadUrl = server.baseUrl().toString();
        server.close();
        OpenAiChatClient client = OpenAiChatClient.create(ModelConfig.of(deadUrl, "m").withRetries(2, Duration.ofMillis(10), Duration.ofMillis(20)),
                Map.of(), sleeps::add);

        assertThatThrownBy(() -> client.complete(List.of(Message.user("hi"))))
                .isInstanceOf(PlumblineException.class).hasMessageContaining("connection failed")
                .extracting(e -> ((PlumblineException) e).type()).isEqualTo(ErrorType.UNAVAILABLE);
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void aSlowAnswerTimesOutAsUnavailable() {
        server.respondWith(request -> Reply.answer("late").delayedBy(Duration.ofSeconds(30)));
        OpenAiChatClient client = client(config().withRetries(0, Duration.ofMillis(10), Duration.ofMillis(10))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(300)));

        assertThatThrownBy(() -> client.complete(List.of(Message.user("hi"))))
                .isInstanceOf(PlumblineException.class).hasMessageContaining("timed out")
                .extracting(e -> ((PlumblineException) e).type()).isEqualTo(ErrorType.UNAVAILABLE);
    }

    @Test
    void aMalformedBodyIsUnavailableAndQuotesTheBody() {
        server.script(Reply.malformed("{\"choices\": [ oops"));

        assertThatThrownBy(() -> client(config()).complete(List.of(Message.user("hi"))))
                .isInstanceOf(PlumblineException.class).hasMessageContaining("not valid JSON").hasMessageContaining("oops")
                .extracting(e -> ((PlumblineException) e).type()).isEqualTo(ErrorType.UNAVAILABLE);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void aBodyWithoutChoicesOrTextIsRejected() {
        server.script(Reply.noChoices(), Reply.malformed("{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":null}}]}"),
                Reply.malformed("[1,2]"));
        OpenAiChatClient client = client(config());

        assertThatThrownBy(() -> client.complete(List.of(Message.user("a")))).hasMessageContaining("has no choices");
        assertThatThrownBy(() -> client.complete(List.of(Message.user("b")))).hasMessageContaining("choices[0].message.content");
        assertThatThrownBy(() -> client.complete(List.of(Message.user("c")))).hasMessageContaining("not a JSON object");
    }

    @Test
    void aNegativeUsageIsRejectedRatherThanCounted() {
        server.script(Reply.malformed("{\"choices\":[{\"message\":{\"content\":\"x\"}}],\"usage\":{\"prompt_tokens\":-3,\"completion_tokens\":1}}"));

        assertThatThrownBy(() -> client(config()).complete(List.of(Message.user("a")))).hasMessageContaining("usage");
    }

    @Test
    void accountsTokensAndCostPerRun() {
        server.script(Reply.answer("a", 1000, 2000), Reply.answer("b", 3000, 0),
                Reply.malformed("{\"choices\":[{\"message\":{\"content\":\"no usage\"}}]}"));
        OpenAiChatClient client = client(config().withPrices(new Prices(0.5, 1.5)));

        client.complete(List.of(Message.user("1")));
        RunUsage afterFirst = client.usage();
        client.complete(List.of(Message.user("2")));
        client.complete(List.of(Message.user("3")));
        RunUsage total = client.usage();

        assertThat(total.calls()).isEqualTo(3);
        assertThat(total.inputTokens()).isEqualTo(4000);
        assertThat(total.outputTokens()).isEqualTo(2000);
        assertThat(total.cost()).isCloseTo(0.5 + 3.0 + 1.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(total.callsWithoutUsage()).isEqualTo(1);
        assertThat(total.minus(afterFirst).cost()).isCloseTo(1.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(total.minus(afterFirst).calls()).isEqualTo(2);
    }

    @Test
    void rejectsAnEmptyConversationAndBadConfiguration() {
        assertThatThrownBy(() -> client(config()).complete(List.of())).hasMessageContaining("at least one message");
        assertThatThrownBy(() -> ModelConfig.of("ftp://x", "m")).hasMessageContaining("http(s)");
        assertThatThrownBy(() -> config().withTemperature(3)).hasMessageContaining("temperature");
        assertThatThrownBy(() -> config().withMaxConcurrency(0)).hasMessageContaining("concurrency");
        assertThat(ModelConfig.of("http://localhost:11434/v1/", "llama3").baseUrl().toString()).isEqualTo("http://localhost:11434/v1");
    }
}
