package dev.plumbline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.model.Message;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiTestServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final OpenAiTestServer server = OpenAiTestServer.start(request -> Reply.answer("echo: " + request.lastContent(), 3, 2));

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Authorization", "Bearer k")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersInTheOpenAiShapeAndRecordsTheRequest() throws Exception {
        HttpResponse<String> response = post("/chat/completions",
                "{\"model\":\"m\",\"temperature\":0.2,\"messages\":[{\"role\":\"system\",\"content\":\"s\"},{\"role\":\"user\",\"content\":\"hi\"}]}");

        JsonNode body = JSON.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body.at("/choices/0/message/content").asText()).isEqualTo("echo: hi");
        assertThat(body.at("/usage/total_tokens").asInt()).isEqualTo(5);
        ChatRequest recorded = server.requests().get(0);
        assertThat(recorded.messages()).containsExactly(new Message("system", "s"), Message.user("hi"));
        assertThat(recorded.temperature()).contains(0.2);
        assertThat(recorded.maxTokens()).isEmpty();
        assertThat(recorded.authorization()).contains("Bearer k");
    }

    @Test
    void scriptedRepliesComeFirstInOrderThenTheResponder() throws Exception {
        server.script(Reply.rateLimited(3), Reply.malformed("nope"));

        HttpResponse<String> first = post("/chat/completions", "{\"model\":\"m\",\"messages\":[]}");
        HttpResponse<String> second = post("/chat/completions", "{\"model\":\"m\",\"messages\":[]}");
        HttpResponse<String> third = post("/chat/completions", "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}");

        assertThat(first.statusCode()).isEqualTo(429);
        assertThat(first.headers().firstValue("Retry-After")).contains("3");
        assertThat(JSON.readTree(first.body()).at("/error/type").asText()).isEqualTo("rate_limit_error");
        assertThat(second.body()).isEqualTo("nope");
        assertThat(JSON.readTree(third.body()).at("/choices/0/message/content").asText()).isEqualTo("echo: x");
        assertThat(server.requestCount()).isEqualTo(3);
    }

    @Test
    void rejectsOtherPathsAndBodiesThatAreNotChatRequests() throws Exception {
        assertThat(post("/completions", "{}").statusCode()).isEqualTo(404);
        assertThat(post("/chat/completions", "not json").statusCode()).isEqualTo(400);
        assertThat(server.requestCount()).isZero();
    }
}
