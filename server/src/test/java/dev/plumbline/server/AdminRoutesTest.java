package dev.plumbline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Scope;
import dev.plumbline.store.AdminAction;
import dev.plumbline.store.DerivedEntry;
import dev.plumbline.store.DerivedKind;
import dev.plumbline.wire.Json;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminRoutesTest {
    private static final ProjectId ACME = new ProjectId("acme");

    @TempDir
    Path dir;

    private static String interaction(String id, String userId) {
        return ServerFixture.interaction(id).replace("\"kind\":\"interaction\",", "\"kind\":\"interaction\",\"user_id\":\"" + userId + "\",");
    }

    private static HttpResponse<String> erase(ServerFixture fixture, String body, String token) throws Exception {
        return fixture.post("/v1/admin/erase", "application/json", body.getBytes(StandardCharsets.UTF_8),
                "Authorization", "Bearer " + token);
    }

    @Test
    void anAdminKeyErasesAUserOfItsProjectAndTheAuditLogSaysSo() throws Exception {
        try (ServerFixture fixture = new ServerFixture(dir, ServerConfig.defaults())) {
            var admin = fixture.store.keys().create(ACME, "ops", Set.of(Scope.ADMIN));
            String ingest = fixture.store.keys().create(ACME, "app", Set.of(Scope.INGEST)).token();
            fixture.ndjson(interaction("i-1", "u-3") + "\n" + interaction("i-2", "u-4") + "\n" + ServerFixture.copy("f-1", "i-1"),
                    "Authorization", "Bearer " + ingest);
            fixture.store.derived().record(ACME, List.of(
                    DerivedEntry.of(DerivedKind.PAIR, "p-1", Instant.now(), Optional.empty(), List.of("i-1", "i-2"), "{}"),
                    DerivedEntry.of(DerivedKind.DATASET, "ds-1", Instant.now(), Optional.empty(), List.of("p-1"), "{}")));

            HttpResponse<String> response = erase(fixture, "{\"user_id\":\"u-3\"}", admin.token());

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = Json.mapper().readTree(response.body());
            assertThat(body.path("erased").path("interactions").asLong()).isEqualTo(1);
            assertThat(body.path("erased").path("feedback").asLong()).isEqualTo(1);
            assertThat(body.path("erased").path("derived").asLong()).isEqualTo(1);
            assertThat(body.path("datasets_to_rebuild").toString()).isEqualTo("[\"ds-1\"]");
            assertThat(body.path("records").toString()).isEqualTo(
                    "[{\"kind\":\"feedback\",\"id\":\"f-1\"},{\"kind\":\"interaction\",\"id\":\"i-1\"}]");
            assertThat(fixture.store.records().count(ACME)).isEqualTo(1);
            JsonNode log = Json.mapper().readTree(fixture.get("/v1/admin/audit-log", "Authorization", "Bearer " + admin.token()).body());
            assertThat(log.path("entries")).singleElement().satisfies(entry -> {
                assertThat(entry.path("action").asText()).isEqualTo(AdminAction.ERASURE.wireName());
                assertThat(entry.path("actor").asText()).isEqualTo("key:" + admin.key().keyId());
                assertThat(entry.toString()).doesNotContain("u-3");
            });
        }
    }

    @Test
    void erasureNeedsTheAdminScopeAndAUserId() throws Exception {
        try (ServerFixture fixture = new ServerFixture(dir, ServerConfig.defaults())) {
            String ingest = fixture.store.keys().create(ACME, "app", Set.of(Scope.INGEST)).token();
            String admin = fixture.store.keys().create(ACME, "ops", Set.of(Scope.ADMIN)).token();

            assertThat(erase(fixture, "{\"user_id\":\"u-3\"}", ingest).statusCode()).isEqualTo(403);
            assertThat(fixture.get("/v1/admin/audit-log", "Authorization", "Bearer " + ingest).statusCode()).isEqualTo(403);
            assertThat(erase(fixture, "{\"user\":\"u-3\"}", admin).statusCode()).isEqualTo(400);
            assertThat(fixture.store.erasure().log(ACME)).isEmpty();
        }
    }
}
