package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.model.ProjectId;
import dev.plumbline.report.SampleLoop;
import dev.plumbline.server.FeedbackConfig;
import dev.plumbline.server.PlumblineServer;
import dev.plumbline.server.ServerConfig;
import dev.plumbline.store.DuckDbStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;

    private String run(String... args) {
        return CommandLineRun.stdout(args);
    }

    @Test
    void writesTheHtmlReportAndItsJsonWithOverlapAgainstRegisteredEvalSets() throws Exception {
        Path data = dir.resolve("data");
        try (DuckDbStore store = DuckDbStore.open(data)) {
            store.records().append(ProjectId.DEFAULT, SampleLoop.records(7, 40));
        }
        Path eval = dir.resolve("eval.jsonl");
        Files.writeString(eval, "{\"id\":\"e1\",\"prompt\":\"How do I do task 3?\"}\n{\"id\":\"e2\",\"prompt\":\"What is the capital of Peru?\"}\n");
        assertThat(run("eval", "register", "tasks", eval.toString(), "--data", data.toString())).startsWith("0\n");

        String output = run("report", "--out", dir.resolve("out").toString(), "--json", "--data", data.toString());

        assertThat(output).startsWith("0\n").contains("loop-health.html").contains("voice: not available");
        String html = Files.readString(dir.resolve("out/loop-health.html"));
        assertThat(html).contains("data-chart=\"overlap\"").contains("Train/eval overlap").doesNotContain("<script src");
        String json = Files.readString(dir.resolve("out/loop-health.json"));
        assertThat(json).contains("\"id\" : \"provenance\"").contains("interactions vs tasks: ");
        assertThat(json).doesNotContain("interactions vs tasks: 0 train items");
    }

    @Test
    void keepsTheContaminationViewComputedWithFamilySoThatTheDashboardAndLaterReportsShowItWithItsTime() throws Exception {
        Path data = dir.resolve("data");
        try (DuckDbStore store = DuckDbStore.open(data)) {
            store.records().append(ProjectId.DEFAULT, SampleLoop.records(7, 40));
        }
        Path eval = dir.resolve("eval.jsonl");
        Files.writeString(eval, "{\"id\":\"e1\",\"prompt\":\"How do I do task 3?\"}\n");
        assertThat(run("eval", "register", "tasks", eval.toString(), "--data", data.toString())).startsWith("0\n");
        assertThat(run("report", "--out", dir.resolve("first").toString(), "--family", "llama-3", "--data", data.toString()))
                .startsWith("0\n");

        String later = run("report", "--out", dir.resolve("later").toString(), "--json", "--data", data.toString());

        assertThat(later).startsWith("0\n").contains("provenance: shown as computed at ");
        JsonNode provenance = section(JSON.readTree(dir.resolve("later/loop-health.json").toFile()), "provenance");
        assertThat(provenance.get("computed_at").isTextual()).isTrue();
        assertThat(provenance.get("charts")).extracting(c -> c.get("id").asText()).containsExactly("contamination", "overlap");
        assertThat(provenance.get("facts").get(0).asText()).startsWith("Contamination as an earlier report computed it at ")
                .contains("the overlap below is this report's own");
        try (DuckDbStore store = DuckDbStore.open(data);
                PlumblineServer server = PlumblineServer.start(ServerConfig.defaults().withPort(0), store,
                        FeedbackConfig.ephemeral(), StoredReportInputs.source(store))) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/v1/report")).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode served = section(JSON.readTree(response.body()), "provenance");
            assertThat(served.get("computed_at")).isEqualTo(provenance.get("computed_at"));
            assertThat(served.get("charts").get(0)).isEqualTo(provenance.get("charts").get(0));
            // the server leaves overlap against the data directory's eval sets to the CLI report
            assertThat(served.get("charts")).extracting(c -> c.get("id").asText()).containsExactly("contamination");
            assertThat(served.get("facts")).extracting(JsonNode::asText).contains("No overlap audit was given.");
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
}
