package dev.plumbline.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackTokenTest {
    @TempDir
    Path dir;

    @Test
    void aMintedTokenLetsABrowserPostFeedbackAboutItsInteractionOnly() throws Exception {
        try (RunningServer server = RunningServer.start(dir);
                PlumblineClient client = PlumblineClient.builder(server.url()).build()) {
            FeedbackToken token = client.feedbackToken("i-7", Duration.ofMinutes(5)).orElseThrow();

            assertThat(token.interactionId()).contains("i-7");
            assertThat(token.sessionId()).isEmpty();
            assertThat(token.expiresAt()).isBetween(Instant.now().plusSeconds(240), Instant.now().plusSeconds(301));
            assertThat(postCopy(server, token, "i-7")).isEqualTo(200);
            assertThat(postCopy(server, token, "i-8")).isEqualTo(403);
            assertThat(server.storedIds()).containsExactly("f-i-7");
        }
    }

    @Test
    void aSessionTokenNamesItsSession() throws Exception {
        try (RunningServer server = RunningServer.start(dir);
                PlumblineClient client = PlumblineClient.builder(server.url()).build()) {
            FeedbackToken token = client.sessionFeedbackToken("s-1", Duration.ofMinutes(5)).orElseThrow();

            assertThat(token.sessionId()).contains("s-1");
            assertThat(token.interactionId()).isEmpty();
        }
    }

    @Test
    void aRefusedOrUnreachableServerGivesNoTokenAndSaysWhyWithoutThrowing() throws Exception {
        try (RunningServer server = RunningServer.start(dir);
                PlumblineClient refused = PlumblineClient.builder(server.url()).build()) {
            assertThat(refused.feedbackToken("i-7", Duration.ofDays(30))).isEmpty();
            assertThat(refused.stats().lastProblem()).hasValueSatisfying(p -> assertThat(p).contains("HTTP 400"));
        }
        try (PlumblineClient unreachable = PlumblineClient.builder("http://127.0.0.1:9")
                .requestTimeout(Duration.ofSeconds(2)).build()) {
            assertThat(unreachable.feedbackToken("i-7", Duration.ofMinutes(5))).isEmpty();
            assertThat(unreachable.stats().lastProblem()).hasValueSatisfying(p -> assertThat(p).contains("failed"));
        }
    }

    private static int postCopy(RunningServer server, FeedbackToken token, String interactionId) throws Exception {
        String body = "{\"token\":\"" + token.token() + "\",\"records\":[{\"kind\":\"feedback\",\"id\":\"f-" + interactionId
                + "\",\"interaction_id\":\"" + interactionId + "\",\"ts\":\"2026-11-01T10:00:05Z\",\"type\":\"copy\"}]}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "/v1/feedback"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
