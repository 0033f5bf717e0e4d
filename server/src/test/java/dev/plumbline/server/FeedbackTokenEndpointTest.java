package dev.plumbline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Kind;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Scope;
import dev.plumbline.store.DuckDbStore;
import dev.plumbline.wire.Json;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The feedback token rules against a real server on a random port over a real DuckDB file. */
class FeedbackTokenEndpointTest {
    private static final String SECRET = "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldC0xMjM0NTY=";
    private static final String ALLOWED = "https://app.example.com";

    @TempDir
    Path dir;

    private final FeedbackConfig config = new FeedbackConfig(SECRET, Duration.ofHours(1), Duration.ofHours(24),
            List.of(ALLOWED));
    private ServerFixture fixture;

    @BeforeEach
    void startTheServer() {
        fixture = new ServerFixture(DuckDbStore.open(dir), ServerConfig.defaults(), config);
    }

    @AfterEach
    void stopTheServer() {
        fixture.close();
    }

    @Test
    void aTokenForAnInteractionPostsItsFeedbackFromABeaconBodyAndTheStoreHoldsIt() throws Exception {
        fixture.ndjson(ServerFixture.interaction("i-a") + "\n");
        String token = mint("{\"interaction_id\":\"i-a\"}");

        HttpResponse<String> response = postFeedback(token, copy("f-1", "i-a"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("accepted").asInt()).isEqualTo(1);
        assertThat(storedFeedback()).extracting(Feedback::id, Feedback::interactionId, Feedback::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("f-1", "i-a", FeedbackType.COPY));
    }

    @Test
    void aTokenForOneInteractionCannotPostFeedbackAboutAnotherAndNothingIsWritten() throws Exception {
        String token = mint("{\"interaction_id\":\"i-a\"}");

        HttpResponse<String> response = postFeedback(token, copy("f-1", "i-a") + "," + copy("f-2", "i-b"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).at("/error/message").asText()).contains("i-b").contains("outside this token's scope");
        assertThat(storedFeedback()).isEmpty();
    }

    @Test
    void aChoiceNamingAnInteractionOutsideTheScopeIsRefused() throws Exception {
        String token = mint("{\"interaction_id\":\"i-a\"}");
        String choice = "{\"kind\":\"feedback\",\"id\":\"f-c\",\"interaction_id\":\"i-a\",\"ts\":\"2026-11-01T10:00:05Z\","
                + "\"type\":\"choice\",\"chosen\":[\"i-a\"],\"rejected\":[\"i-other\"]}";

        assertThat(postFeedback(token, choice).statusCode()).isEqualTo(403);
    }

    @Test
    void replayingTheSameFeedbackIdIsAnIdempotentDuplicate() throws Exception {
        String token = mint("{\"interaction_id\":\"i-a\"}");
        postFeedback(token, copy("f-1", "i-a"));

        HttpResponse<String> replay = postFeedback(token, copy("f-1", "i-a"));

        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(json(replay).get("accepted").asInt()).isZero();
        assertThat(json(replay).get("duplicates").toString()).isEqualTo("[\"f-1\"]");
        assertThat(storedFeedback()).hasSize(1);
    }

    @Test
    void thePrivacySwitchesEditAndFollowUpWithoutTheirTextAreAccepted() throws Exception {
        String token = mint("{\"interaction_id\":\"i-a\"}");
        String edit = "{\"kind\":\"feedback\",\"id\":\"f-e\",\"interaction_id\":\"i-a\",\"ts\":\"2026-11-01T10:00:05Z\","
                + "\"type\":\"edit\",\"meta\":{\"redacted\":\"true\"}}";
        String followUp = edit.replace("f-e", "f-u").replace("\"edit\"", "\"follow_up\"");

        HttpResponse<String> response = postFeedback(token, edit + "," + followUp);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(storedFeedback()).allSatisfy(f -> assertThat(f.text()).isEmpty())
                .extracting(Feedback::type).containsExactlyInAnyOrder(FeedbackType.EDIT, FeedbackType.FOLLOW_UP);
    }

    @Test
    void oneTokenPostsAtMostItsBudgetOfRecordsAndANewTokenStartsAfresh() throws Exception {
        String token = mint("{\"interaction_id\":\"i-a\"}");
        String full = java.util.stream.IntStream.range(0, (int) FeedbackRoutes.RECORDS_PER_TOKEN)
                .mapToObj(i -> copy("f-" + i, "i-a")).collect(java.util.stream.Collectors.joining(","));

        assertThat(postFeedback(token, full).statusCode()).isEqualTo(200);
        HttpResponse<String> over = postFeedback(token, copy("f-over", "i-a"));
        assertThat(over.statusCode()).isEqualTo(429);
        assertThat(json(over).at("/error/code").asText()).isEqualTo("token_budget_spent");
        assertThat(postFeedback(mint("{\"interaction_id\":\"i-a\"}"), copy("f-new", "i-a")).statusCode()).isEqualTo(200);
        assertThat(storedFeedback()).hasSize((int) FeedbackRoutes.RECORDS_PER_TOKEN + 1);
    }

    @Test
    void aTokenPastItsExpiryIsRefused() throws Exception {
        Clock anHourAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC);
        String expired = new FeedbackTokens(config, anHourAgo)
                .issue(ProjectId.DEFAULT, FeedbackScope.interaction("i-a"), Duration.ofMinutes(10)).token();

        HttpResponse<String> response = postFeedback(expired, copy("f-1", "i-a"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).at("/error/message").asText()).contains("expired");
        assertThat(storedFeedback()).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherSecretOrWithAnAlteredScopeIsRefused() throws Exception {
        String foreign = new FeedbackTokens(FeedbackConfig.ephemeral(), Clock.systemUTC())
                .issue(ProjectId.DEFAULT, FeedbackScope.interaction("i-a"), Duration.ofMinutes(10)).token();
        String genuine = mint("{\"interaction_id\":\"i-a\"}");
        String[] parts = genuine.split("\\.");
        String otherPayload = new FeedbackTokens(config, Clock.systemUTC())
                .issue(ProjectId.DEFAULT, FeedbackScope.interaction("i-b"), Duration.ofMinutes(10)).token().split("\\.")[1];
        String altered = parts[0] + "." + otherPayload + "." + parts[2];

        assertThat(postFeedback(foreign, copy("f-1", "i-a")).statusCode()).isEqualTo(401);
        assertThat(postFeedback(altered, copy("f-2", "i-b")).statusCode()).isEqualTo(401);
        assertThat(postFeedback("pft1.garbage", copy("f-3", "i-a")).statusCode()).isEqualTo(401);
        assertThat(storedFeedback()).isEmpty();
    }

    @Test
    void aFeedbackTokenPostsNeitherInteractionsNorLabelsNorJudgeFeedback() throws Exception {
        String token = mint("{\"interaction_id\":\"i-a\"}");
        String asJudge = "{\"kind\":\"feedback\",\"id\":\"f-j\",\"interaction_id\":\"i-a\",\"ts\":\"2026-11-01T10:00:05Z\","
                + "\"type\":\"thumbs\",\"value\":1,\"actor\":{\"role\":\"judge\",\"id\":\"gpt\",\"family\":\"gpt-4\"}}";

        assertThat(postFeedback(token, ServerFixture.interaction("i-a")).statusCode()).isEqualTo(403);
        assertThat(postFeedback(token, asJudge).statusCode()).isEqualTo(403);
        assertThat(fixture.store.records().count(ProjectId.DEFAULT)).isZero();
    }

    @Test
    void aSessionTokenAcceptsFeedbackOnlyOnInteractionsStoredInItsSession() throws Exception {
        fixture.ndjson(inSession("i-1", "s-1") + "\n" + inSession("i-2", "s-2") + "\n");
        String token = mint("{\"session_id\":\"s-1\"}");

        assertThat(postFeedback(token, copy("f-1", "i-1")).statusCode()).isEqualTo(200);
        assertThat(postFeedback(token, copy("f-2", "i-2")).statusCode()).isEqualTo(403);
        assertThat(postFeedback(token, copy("f-3", "i-not-stored")).statusCode()).isEqualTo(403);
        assertThat(storedFeedback()).extracting(Feedback::id).containsExactly("f-1");
    }

    @Test
    void aFeedbackTokenIsNotAnApiKeyAndCannotIngest() throws Exception {
        fixture.store.keys().create(ProjectId.DEFAULT, "backend", Set.of(Scope.INGEST));
        String token = fixture.store.keys().create(ProjectId.DEFAULT, "minter", Set.of(Scope.INGEST)).token();
        String feedbackToken = json(fixture.post(FeedbackRoutes.TOKENS, "application/json",
                bytes("{\"interaction_id\":\"i-a\"}"), "Authorization", "Bearer " + token)).get("token").asText();

        HttpResponse<String> ingest = fixture.ndjson(copy("f-1", "i-a") + "\n", "Authorization", "Bearer " + feedbackToken);

        assertThat(ingest.statusCode()).isEqualTo(401);
        assertThat(storedFeedback()).isEmpty();
    }

    @Test
    void mintingNeedsAnIngestKeyOnceKeysExistAndTheTokenActsOnThatKeysProject() throws Exception {
        ProjectId acme = new ProjectId("acme");
        String annotate = fixture.store.keys().create(acme, "annotators", Set.of(Scope.ANNOTATE)).token();
        String ingest = fixture.store.keys().create(acme, "backend", Set.of(Scope.INGEST)).token();
        byte[] request = bytes("{\"interaction_id\":\"i-a\",\"ttl_seconds\":600}");

        assertThat(fixture.post(FeedbackRoutes.TOKENS, "application/json", request).statusCode()).isEqualTo(401);
        assertThat(fixture.post(FeedbackRoutes.TOKENS, "application/json", request, "Authorization", "Bearer " + annotate)
                .statusCode()).isEqualTo(403);
        HttpResponse<String> minted = fixture.post(FeedbackRoutes.TOKENS, "application/json", request,
                "Authorization", "Bearer " + ingest);
        assertThat(minted.statusCode()).isEqualTo(201);
        assertThat(json(minted).get("interaction_id").asText()).isEqualTo("i-a");
        Instant expiresAt = Instant.parse(json(minted).get("expires_at").asText());
        assertThat(expiresAt).isBetween(Instant.now().plusSeconds(540), Instant.now().plusSeconds(601));

        postFeedback(json(minted).get("token").asText(), copy("f-1", "i-a"));
        assertThat(fixture.store.records().count(acme)).isEqualTo(1);
        assertThat(fixture.store.records().count(ProjectId.DEFAULT)).isZero();
    }

    @Test
    void aTokenRequestMustNameExactlyOneScopeAndALifetimeWithinTheLimit() throws Exception {
        for (String bad : List.of("{}", "{\"interaction_id\":\"i\",\"session_id\":\"s\"}", "{\"interaction_id\":42}",
                "{\"interaction_id\":\"i\",\"ttl_seconds\":0}", "{\"interaction_id\":\"i\",\"ttl_seconds\":86401}",
                "{\"interaction_id\":\"i\",\"ttl_seconds\":1.5}", "not json")) {
            HttpResponse<String> response = fixture.post(FeedbackRoutes.TOKENS, "application/json", bytes(bad));
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
        }
    }

    @Test
    void theTokenMayComeAsABearerHeaderWithAnNdjsonLessJsonBody() throws Exception {
        String token = mint("{\"interaction_id\":\"i-a\"}");

        HttpResponse<String> response = fixture.post(FeedbackRoutes.FEEDBACK, "application/json",
                bytes("{\"records\":[" + copy("f-1", "i-a") + "]}"), "Authorization", "Bearer " + token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(storedFeedback()).hasSize(1);
    }

    @Test
    void aPostWithoutAnyTokenIsUnauthorized() throws Exception {
        HttpResponse<String> response = fixture.post(FeedbackRoutes.FEEDBACK, "text/plain",
                bytes("{\"records\":[" + copy("f-1", "i-a") + "]}"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).at("/error/message").asText()).contains("feedback token is required");
    }

    @Test
    void corsAnswersAnAllowedOriginAndRefusesAPostFromAnyOther() throws Exception {
        String token = mint("{\"interaction_id\":\"i-a\"}");
        HttpResponse<String> preflight = fixture.send("OPTIONS", FeedbackRoutes.FEEDBACK, "Origin", ALLOWED,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");
        HttpResponse<String> allowed = postFeedback(token, copy("f-1", "i-a"), "Origin", ALLOWED);
        HttpResponse<String> other = postFeedback(token, copy("f-2", "i-a"), "Origin", "https://evil.example.net");
        HttpResponse<String> itself = postFeedback(token, copy("f-3", "i-a"), "Origin", fixture.uri("").toString());

        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains(ALLOWED);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("")).contains("Content-Type");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains(ALLOWED);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(itself.statusCode()).isEqualTo(200);
        assertThat(storedFeedback()).extracting(Feedback::id).containsExactlyInAnyOrder("f-1", "f-3");
    }

    @Test
    void theBrowserSdkIsServedAsAJavaScriptModuleWithCorsForAllowedOrigins() throws Exception {
        HttpResponse<String> sdk = fixture.get("/sdk/plumbline.js", "Origin", ALLOWED);

        assertThat(sdk.statusCode()).isEqualTo(200);
        assertThat(sdk.headers().firstValue("Content-Type").orElse("")).contains("javascript");
        assertThat(sdk.headers().firstValue("Access-Control-Allow-Origin")).contains(ALLOWED);
        assertThat(sdk.body()).contains("export function attach(");
    }

    @Test
    void theExampleModelStoresItsInteractionAndHandsOutATokenForItAlone() throws Exception {
        HttpResponse<String> reply = fixture.post("/example/chat", "application/json",
                bytes("{\"message\":\"Draft a refund email\",\"session_id\":\"s-ex\",\"feedback_propensity\":0.25}"));
        JsonNode answer = json(reply);
        String id = answer.get("interaction_id").asText();

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(fixture.store.records().interaction(ProjectId.DEFAULT, id)).hasValueSatisfying(stored -> {
            assertThat(stored.completion()).isEqualTo(answer.get("completion").asText());
            assertThat(stored.feedbackPropensity()).contains(0.25);
            assertThat(stored.sessionId()).contains("s-ex");
        });
        assertThat(postFeedback(answer.get("token").asText(), copy("f-1", id)).statusCode()).isEqualTo(200);
        assertThat(postFeedback(answer.get("token").asText(), copy("f-2", "i-other")).statusCode()).isEqualTo(403);
    }

    private String mint(String request) throws Exception {
        HttpResponse<String> response = fixture.post(FeedbackRoutes.TOKENS, "application/json", bytes(request));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("token").asText();
    }

    /** Posts as the SDK's beacon does: text/plain, the token inside the JSON body. */
    private HttpResponse<String> postFeedback(String token, String records, String... headers) throws Exception {
        String body = "{\"token\":\"" + token + "\",\"records\":[" + records + "]}";
        return fixture.post(FeedbackRoutes.FEEDBACK, "text/plain;charset=UTF-8", bytes(body), headers);
    }

    private List<Feedback> storedFeedback() {
        List<Feedback> feedback = new ArrayList<>();
        fixture.store.records().scan(ProjectId.DEFAULT, EnumSet.of(Kind.FEEDBACK), record -> feedback.add((Feedback) record));
        return feedback;
    }

    private static String copy(String id, String interactionId) {
        return ServerFixture.copy(id, interactionId);
    }

    private static String inSession(String id, String session) {
        return ServerFixture.interaction(id).replace("\"kind\":\"interaction\",", "\"kind\":\"interaction\",\"session_id\":\"" + session + "\",");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return Json.mapper().readTree(response.body());
    }
}
