package dev.plumbline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Scope;
import dev.plumbline.report.SampleLoop;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportEndpointTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void answersTheLoopHealthOfTheKeysProjectToIngestAndAdminKeysOnly() throws Exception {
        try (ServerFixture fixture = new ServerFixture(dir, ServerConfig.defaults())) {
            fixture.store.records().append(new ProjectId("acme"), SampleLoop.records(7, 20));
            String ingest = fixture.store.keys().create(new ProjectId("acme"), "app", Set.of(Scope.INGEST)).token();
            String admin = fixture.store.keys().create(new ProjectId("other"), "ops", Set.of(Scope.ADMIN)).token();
            String annotate = fixture.store.keys().create(new ProjectId("acme"), "labeler", Set.of(Scope.ANNOTATE)).token();

            assertThat(fixture.get("/v1/report").statusCode()).isEqualTo(401);
            assertThat(fixture.get("/v1/report", "Authorization", "Bearer " + annotate).statusCode()).isEqualTo(403);
            HttpResponse<String> acme = fixture.get("/v1/report", "Authorization", "Bearer " + ingest);
            assertThat(acme.statusCode()).isEqualTo(200);
            JsonNode report = JSON.readTree(acme.body());
            assertThat(report.get("project").asText()).isEqualTo("acme");
            assertThat(report.get("sections")).hasSize(9);
            assertThat(report.get("sections").get(0).get("available").asBoolean()).isTrue();
            assertThat(report.get("sections").get(0).get("charts").get(0).get("kind").asText()).isEqualTo("bar");

            JsonNode other = JSON.readTree(fixture.get("/v1/report", "Authorization", "Bearer " + admin).body());
            assertThat(other.get("project").asText()).isEqualTo("other");
            assertThat(other.get("sections").get(0).get("absent").asText()).isEqualTo("no interactions are stored in this project");
        }
    }

    @Test
    void servesTheChartLibraryFromItsWebJarAndTheDashboardLinkedFromTheIndex() throws Exception {
        try (ServerFixture fixture = new ServerFixture(dir, ServerConfig.defaults())) {
            HttpResponse<String> echarts = fixture.get("/vendor/echarts.min.js");
            assertThat(echarts.statusCode()).isEqualTo(200);
            assertThat(echarts.headers().firstValue("Content-Type")).get().asString().startsWith("text/javascript");
            assertThat(echarts.body()).contains("echarts").hasSizeGreaterThan(500_000);
            assertThat(fixture.get("/vendor/loop-health.js").body()).contains("export function drawCharts");
            assertThat(fixture.get("/dashboard.html").body()).contains("/v1/report").contains("/vendor/echarts.min.js");
            assertThat(fixture.get("/").body()).contains("href=\"/dashboard.html\"");
        }
    }
}
