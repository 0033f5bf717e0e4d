package dev.plumbline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.model.ProjectId;
import dev.plumbline.model.Scope;
import dev.plumbline.report.SampleLoop;
import dev.plumbline.store.DerivedEntry;
import dev.plumbline.store.DerivedKind;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportEndpointTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void answersTheLoopHealthOfTheKeysProjectToAdminKeysOnly() throws Exception {
        try (ServerFixture fixture = new ServerFixture(dir, ServerConfig.defaults())) {
            fixture.store.records().append(new ProjectId("acme"), SampleLoop.records(7, 20));
            String ingest = fixture.store.keys().create(new ProjectId("acme"), "app", Set.of(Scope.INGEST)).token();
            String acmeAdmin = fixture.store.keys().create(new ProjectId("acme"), "lead", Set.of(Scope.ADMIN)).token();
            String admin = fixture.store.keys().create(new ProjectId("other"), "ops", Set.of(Scope.ADMIN)).token();
            String annotate = fixture.store.keys().create(new ProjectId("acme"), "labeler", Set.of(Scope.ANNOTATE)).token();

            assertThat(fixture.get("/v1/report").statusCode()).isEqualTo(401);
            assertThat(fixture.get("/v1/report", "Authorization", "Bearer " + annotate).statusCode()).isEqualTo(403);
            // the report names annotators and their pace: not for the key a product backend holds
            assertThat(fixture.get("/v1/report", "Authorization", "Bearer " + ingest).statusCode()).isEqualTo(403);
            HttpResponse<String> acme = fixture.get("/v1/report", "Authorization", "Bearer " + acmeAdmin);
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

    @Test
    void addsTheQueuesThroughputAndTheLastReportSnapshotOfTheStoreToTheReport() throws Exception {
        try (ServerFixture fixture = new ServerFixture(dir, ServerConfig.defaults())) {
            Instant now = Instant.now();
            SampleQueue.create(fixture.store, ProjectId.DEFAULT, now.minusSeconds(3600));
            ReportInputs.record(fixture.store, ProjectId.DEFAULT, SampleQueue.voiceSnapshot(now.minusSeconds(7200)));
            ReportInputs.record(fixture.store, ProjectId.DEFAULT, SampleQueue.voiceSnapshot(now.minusSeconds(60)));

            JsonNode report = JSON.readTree(fixture.get("/v1/report").body());

            JsonNode annotation = section(report, "agreement");
            assertThat(annotation.get("available").asBoolean()).isTrue();
            assertThat(annotation.get("charts")).extracting(c -> c.get("id").asText()).containsExactly("annotator-throughput",
                    "annotator-time-per-item", "queue-age", "queue-backlog", "queue-waiting-per-policy", "agreement-pairs",
                    "annotator-agreement", "annotator-labels");
            assertThat(annotation.get("facts")).extracting(JsonNode::asText)
                    .anySatisfy(f -> assertThat(f).startsWith("Queue blind: 3 items (2 waiting, 0 in progress, 1 complete), 2 labels;"))
                    // one label in 40 s counts over the one-minute floor of an active span: 60 per hour
                    .contains("Queue blind, ann-1: 1 labels, 60.0 items per hour of work, median 40.0 s per item, no gold items yet.");
            JsonNode voice = section(report, "voice");
            assertThat(voice.get("computed_at").asText()).isEqualTo(now.minusSeconds(60).toString());
            assertThat(voice.get("facts").get(0).asText()).startsWith("Computed by plumbline report at ");
            assertThat(voice.get("charts").get(0).get("series").get(0).get("values")).extracting(JsonNode::asDouble)
                    .containsExactly(0.21, 0.34);
        }
    }

    private static JsonNode section(JsonNode report, String id) {
        for (JsonNode section : report.get("sections")) {
            if (section.get("id").asText().equals(id)) {
                return section;
            }
        }
        throw new AssertionError("no section " + id);
    }

    @Test
    void aStoredSnapshotThatCannotBeReadLeavesItsViewsOutInsteadOfFailingTheReport() throws Exception {
        try (ServerFixture fixture = new ServerFixture(dir, ServerConfig.defaults())) {
            fixture.store.records().append(ProjectId.DEFAULT, SampleLoop.records(7, 20));
            fixture.store.derived().record(ProjectId.DEFAULT, List.of(DerivedEntry.of(DerivedKind.REPORT_SNAPSHOT, "report-bad",
                    Instant.now(), Optional.empty(), List.of(), "{\"schema_version\": 99, \"sections\": []}")));

            HttpResponse<String> response = fixture.get("/v1/report");

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode report = JSON.readTree(response.body());
            assertThat(section(report, "coverage").get("available").asBoolean()).isTrue();
            assertThat(section(report, "voice").get("available").asBoolean()).isFalse();
        }
    }

}
