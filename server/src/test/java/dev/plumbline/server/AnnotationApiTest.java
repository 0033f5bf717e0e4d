package dev.plumbline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.model.Kind;
import dev.plumbline.model.Label;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Record;
import dev.plumbline.store.Account;
import dev.plumbline.store.AccountRole;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annotation API on a real server over a real DuckDB file. */
class AnnotationApiTest {
    private static final ProjectId PROJECT = ProjectId.DEFAULT;
    @TempDir
    Path data;
    private ServerFixture fixture;

    @BeforeEach
    void start() {
        fixture = new ServerFixture(data, ServerConfig.defaults());
        account("admin", AccountRole.ADMIN);
        account("ann", AccountRole.ANNOTATOR);
        account("bob", AccountRole.ANNOTATOR);
    }

    @AfterEach
    void stop() {
        fixture.server.close();
        fixture.store.close();
    }

    private void account(String name, AccountRole role) {
        fixture.store.accounts().create(new Account(name, PROJECT, role, Passwords.hash(name + "-password"), Instant.now()));
    }

    private AnnotationClient login(String name) throws Exception {
        AnnotationClient client = new AnnotationClient(fixture.server.port());
        assertThat(client.login(name, name + "-password").statusCode()).isEqualTo(200);
        return client;
    }

    private AnnotationClient queueWithTwoPairs() throws Exception {
        AnnotationClient admin = login("admin");
        assertThat(admin.post("/api/admin/queues", "{\"id\":\"prefs\",\"overlap\":2,\"guideline\":\"v3\",\"seed\":9}")
                .statusCode()).isEqualTo(201);
        HttpResponse<String> added = admin.post("/api/admin/queues/prefs/items", "{\"pairs\":["
                + "{\"first\":\"i-1\",\"second\":\"i-2\",\"prompt\":\"Refund email\",\"first_text\":\"Dear customer\","
                + "\"second_text\":\"Dear Ms Lee\",\"source\":\"regenerate\",\"confidence\":0.4,\"judge\":\"A\",\"implicit\":\"B\"},"
                + "{\"first\":\"i-3\",\"second\":\"i-4\",\"prompt\":\"Summary\",\"first_text\":\"short\",\"second_text\":\"long\"}]}");
        assertThat(AnnotationClient.json(added).get("added").asInt()).isEqualTo(2);
        assertThat(admin.post("/api/admin/queues/prefs/members", "{\"username\":\"ann\"}").statusCode()).isEqualTo(204);
        assertThat(admin.post("/api/admin/queues/prefs/members", "{\"username\":\"bob\"}").statusCode()).isEqualTo(204);
        return admin;
    }

    @Test
    void theSessionCookieIsHttpOnlySecureAndSameSiteStrict() throws Exception {
        AnnotationClient client = new AnnotationClient(fixture.server.port());
        client.csrf = AnnotationClient.json(client.get("/api/csrf")).get("csrf").asText();
        HttpResponse<String> response = client.post("/api/login", "{\"username\":\"ann\",\"password\":\"ann-password\"}");
        assertThat(response.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("plumbline_session="))
                .singleElement().satisfies(c -> assertThat(c).contains("HttpOnly", "Secure", "SameSite=Strict"));
    }

    @Test
    void aWrongPasswordOrAMissingLoginTokenIsRefused() throws Exception {
        AnnotationClient client = new AnnotationClient(fixture.server.port());
        assertThat(client.login("ann", "wrong-password").statusCode()).isEqualTo(401);
        assertThat(client.login("nobody", "whatever-password").statusCode()).isEqualTo(401);
        AnnotationClient forged = new AnnotationClient(fixture.server.port());
        assertThat(forged.post("/api/login", "{\"username\":\"ann\",\"password\":\"ann-password\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void everyStateChangingRequestNeedsTheSessionsCsrfToken() throws Exception {
        queueWithTwoPairs();
        AnnotationClient ann = login("ann");
        ann.csrf = "forged";
        assertThat(ann.post("/api/annotate/queues/prefs/take", "{}").statusCode()).isEqualTo(403);
        assertThat(ann.post("/api/logout", "{}").statusCode()).isEqualTo(403);
    }

    @Test
    void anAnnotatorSeesOnlyTheirQueuesAndNoAdminRoutes() throws Exception {
        AnnotationClient admin = queueWithTwoPairs();
        admin.post("/api/admin/queues", "{\"id\":\"secret\",\"overlap\":1}");
        AnnotationClient ann = login("ann");
        JsonNode queues = AnnotationClient.json(ann.get("/api/annotate/queues"));
        assertThat(queues).extracting(q -> q.get("id").asText()).containsExactly("prefs");
        assertThat(ann.post("/api/annotate/queues/secret/take", "{}").statusCode()).isEqualTo(403);
        assertThat(ann.get("/api/admin/queues").statusCode()).isEqualTo(403);
        assertThat(ann.get("/api/admin/queues/prefs/agreement").statusCode()).isEqualTo(403);
        assertThat(ann.post("/api/admin/users", "{\"username\":\"eve\",\"password\":\"eve-password\",\"role\":\"admin\"}")
                .statusCode()).isEqualTo(403);
        assertThat(ann.get("/v1/stats").statusCode()).isNotEqualTo(200);
    }

    @Test
    void aBlindViewShowsNoIdsSourcesOrVerdictsAndTheLabelRecordsTheSideOrder() throws Exception {
        queueWithTwoPairs();
        AnnotationClient ann = login("ann");
        HttpResponse<String> taken = ann.post("/api/annotate/queues/prefs/take", "{}");
        assertThat(taken.body()).doesNotContain("i-1", "i-2", "regenerate", "judge", "suggestion", "confidence");
        JsonNode view = AnnotationClient.json(taken);
        assertThat(view.get("prompt").asText()).isEqualTo("Refund email");
        boolean firstOnLeft = view.get("left").asText().equals("Dear customer");
        assertThat(ann.post("/api/annotate/leases/" + view.get("lease").asText() + "/submit", "{\"choice\":\"left\"}")
                .statusCode()).isEqualTo(200);
        Label label = labels().get(0);
        assertThat(label.value()).isEqualTo(firstOnLeft ? "A" : "B");
        assertThat(label.order()).containsExactly(firstOnLeft ? "i-1" : "i-2", firstOnLeft ? "i-2" : "i-1");
        assertThat(label.sawDraft()).isFalse();
        assertThat(label.guideline()).contains("v3");
        assertThat(label.meta()).containsEntry("presentation", "blind").containsEntry("queue", "prefs");
    }

    @Test
    void anotherAnnotatorTakingTheSameItemIsNotShownTheFirstLabel() throws Exception {
        queueWithTwoPairs();
        AnnotationClient ann = login("ann");
        JsonNode view = AnnotationClient.json(ann.post("/api/annotate/queues/prefs/take", "{}"));
        ann.post("/api/annotate/leases/" + view.get("lease").asText() + "/submit", "{\"choice\":\"tie\"}");
        HttpResponse<String> bobs = login("bob").post("/api/annotate/queues/prefs/take", "{}");
        assertThat(AnnotationClient.json(bobs).get("prompt").asText()).isEqualTo("Refund email");
        assertThat(bobs.body()).doesNotContain("tie", "ann", "label");
    }

    @Test
    void labelsFromTwoAnnotatorsShowUpInTheAgreementAndTheStats() throws Exception {
        AnnotationClient admin = queueWithTwoPairs();
        for (String name : List.of("ann", "bob")) {
            AnnotationClient client = login(name);
            for (int i = 0; i < 2; i++) {
                JsonNode view = AnnotationClient.json(client.post("/api/annotate/queues/prefs/take", "{}"));
                client.post("/api/annotate/leases/" + view.get("lease").asText() + "/submit", "{\"choice\":\"tie\"}");
            }
            assertThat(client.post("/api/annotate/queues/prefs/take", "{}").statusCode()).isEqualTo(204);
        }
        JsonNode agreement = AnnotationClient.json(admin.get("/api/admin/queues/prefs/agreement"));
        assertThat(agreement.get("pairs")).hasSize(1);
        assertThat(agreement.get("pairs").get(0).get("shared").asInt()).isEqualTo(2);
        assertThat(agreement.get("pairs").get(0).get("raw_agreement").asDouble()).isEqualTo(1.0);
        JsonNode stats = AnnotationClient.json(admin.get("/api/admin/queues/prefs/stats"));
        assertThat(stats.get("complete").asInt()).isEqualTo(2);
        assertThat(stats.get("labels").asInt()).isEqualTo(4);
        assertThat(stats.get("annotators")).extracting(a -> a.get("annotator").asText()).containsExactly("ann", "bob");
    }

    @Test
    void aSkippedItemGoesToTheNextOneAndAnAssistedQueueShowsTheSuggestion() throws Exception {
        AnnotationClient admin = login("admin");
        admin.post("/api/admin/queues", "{\"id\":\"assist\",\"overlap\":1,\"assisted\":true}");
        admin.post("/api/admin/queues/assist/items", "{\"pairs\":[{\"first\":\"i-1\",\"second\":\"i-2\",\"judge\":\"A\","
                + "\"implicit\":\"A\"},{\"first\":\"i-3\",\"second\":\"i-4\"}]}");
        JsonNode view = AnnotationClient.json(admin.post("/api/admin/queues/assist/take".replace("/admin/queues", "/annotate/queues"), "{}"));
        assertThat(view.get("suggestion").asText()).isIn("left", "right");
        admin.post("/api/annotate/leases/" + view.get("lease").asText() + "/skip", "{}");
        JsonNode next = AnnotationClient.json(admin.post("/api/annotate/queues/assist/take", "{}"));
        assertThat(next.has("suggestion")).isFalse();
        admin.post("/api/annotate/leases/" + next.get("lease").asText() + "/submit", "{\"choice\":\"right\"}");
        assertThat(labels().get(0).sawDraft()).isTrue();
        assertThat(labels().get(0).meta()).containsEntry("presentation", "assisted");
    }

    private List<Label> labels() {
        List<Label> labels = new ArrayList<>();
        fixture.store.records().scan(PROJECT, Set.of(Kind.LABEL), (Record r) -> labels.add((Label) r));
        return labels;
    }
}
