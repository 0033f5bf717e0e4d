package dev.plumbline.server;

import static dev.plumbline.server.ServerFixture.interaction;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Scope;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessTest {
    @TempDir
    Path dir;

    @Test
    void onceAKeyExistsRequestsWithoutAValidKeyAreRefused() throws Exception {
        try (ServerFixture fixture = new ServerFixture(dir, ServerConfig.defaults())) {
            String token = fixture.store.keys().create(new ProjectId("acme"), "app", Set.of(Scope.INGEST)).token();
            assertThat(fixture.ndjson(interaction("i-1")).statusCode()).isEqualTo(401);
            assertThat(fixture.ndjson(interaction("i-1"), "Authorization", "Bearer pl_000000000000_wrong").statusCode())
                    .isEqualTo(401);
            assertThat(fixture.ndjson(interaction("i-1"), "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aKeyWithoutTheIngestScopeIsForbidden() throws Exception {
        try (ServerFixture fixture = new ServerFixture(dir, ServerConfig.defaults())) {
            String token = fixture.store.keys().create(new ProjectId("acme"), "labeler", Set.of(Scope.ANNOTATE)).token();
            assertThat(fixture.ndjson(interaction("i-1"), "Authorization", "Bearer " + token).statusCode()).isEqualTo(403);
        }
    }

    @Test
    void aKeyOfOneProjectNeverReadsOrWritesAnothersData() throws Exception {
        try (ServerFixture fixture = new ServerFixture(dir, ServerConfig.defaults())) {
            String a = fixture.store.keys().create(new ProjectId("a"), "a", Set.of(Scope.INGEST)).token();
            String b = fixture.store.keys().create(new ProjectId("b"), "b", Set.of(Scope.INGEST)).token();
            fixture.ndjson(interaction("i-1"), "Authorization", "Bearer " + a);
            fixture.ndjson(interaction("i-1") + "\n" + interaction("i-2"), "Authorization", "Bearer " + b);
            assertThat(fixture.store.records().count(new ProjectId("a"))).isEqualTo(1);
            assertThat(fixture.store.records().count(new ProjectId("b"))).isEqualTo(2);
            assertThat(fixture.get("/v1/stats", "Authorization", "Bearer " + a).body()).contains("\"total\":1");
            assertThat(fixture.get("/v1/stats", "Authorization", "Bearer " + b).body()).contains("\"total\":2");
        }
    }
}
