package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.Kind;
import dev.plumbline.model.Label;
import dev.plumbline.model.ProjectId;
import dev.plumbline.store.DuckDbStore;
import dev.plumbline.testing.OpenAiTestServer;
import dev.plumbline.testing.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgesCommandTest {
    private static final String INTERACTION = "{\"kind\":\"interaction\",\"id\":\"%s\",\"ts\":\"2026-11-01T10:00:00Z\","
            + "\"model\":{\"name\":\"gen\",\"version\":\"1\"},\"prompt\":\"Which is right?\",\"completion\":\"%s\"}";

    @TempDir
    Path dir;

    private String run(String... args) {
        return CommandLineRun.stdoutAndStderr(args);
    }

    private String data() throws Exception {
        Path file = dir.resolve("interactions.jsonl");
        Files.writeString(file, String.format(INTERACTION, "x1", "good answer") + "\n" + String.format(INTERACTION, "x2", "bad answer") + "\n");
        String data = dir.resolve("data").toString();
        assertThat(run("import", file.toString(), "--data", data, "--no-progress")).startsWith("0\n");
        return data;
    }

    @Test
    void aNamedJudgeIsConfiguredOnceAndJudgesWithItsOwnModelTemperatureAndTemplate() throws Exception {
        String data = data();
        Path pairs = dir.resolve("pairs.jsonl");
        Files.writeString(pairs, "{\"a\": \"x1\", \"b\": \"x2\"}\n");
        try (OpenAiTestServer server = OpenAiTestServer.start(request -> Reply.answer("[[A]]"))) {
            assertThat(run("judges", "add", "strict", "--data", data, "--base-url", server.baseUrl().toString(), "--model",
                    "judge-9", "--family", "acme", "--temperature", "0.3", "--retries", "1", "--concurrency", "2",
                    "--price-input", "0.5", "--price-output", "1.5")).startsWith("0\n").contains("added strict");
            assertThat(run("judges", "list", "--data", data)).contains("strict  judge-9 @ " + server.baseUrl())
                    .contains("template plumbline-pairwise@1").contains("concurrency 2");

            String output = run("judge", "--judge", "strict", "--items", pairs.toString(), "--data", data, "--json");

            assertThat(output).startsWith("0\n").contains("\"judge\" : \"strict\"").contains("\"stored\" : 2");
            assertThat(server.requests()).hasSize(2).allSatisfy(request -> {
                assertThat(request.model()).isEqualTo("judge-9");
                assertThat(request.temperature()).contains(0.3);
            });
        }
        assertThat(labels(data)).hasSize(2).allSatisfy(label -> {
            assertThat(label.actor().id()).contains("judge-9");
            assertThat(label.actor().family()).contains("acme");
            assertThat(label.meta()).containsEntry("judge_config", "strict");
        });
        assertThat(run("audit", "judge", "--judge", "strict", "--data", data, "--json")).contains("\"judge\" : \"judge-9\"");
    }

    @Test
    void theFileHoldsTheKeysVariableNameAndNeverAKey() throws Exception {
        String data = dir.resolve("data").toString();
        assertThat(run("judges", "add", "j", "--data", data, "--base-url", "http://localhost:9/v1", "--model", "m",
                "--key-env", "JUDGE_API_KEY")).startsWith("0\n");
        String file = Files.readString(Path.of(data, "judges", "j.json"));
        assertThat(file).contains("\"key_env\" : \"JUDGE_API_KEY\"").contains("\"schema_version\" : 1");

        assertThat(run("judges", "add", "k", "--data", data, "--base-url", "http://localhost:9/v1", "--model", "m",
                "--key-env", "sk-proj-abc123")).startsWith("2\n").contains("never stored");
        assertThat(Path.of(data, "judges", "k.json")).doesNotExist();
    }

    @Test
    void aJudgeFileWithAnUnknownFieldOrANameThatEscapesTheFolderIsRefused() throws Exception {
        String data = dir.resolve("data").toString();
        Files.createDirectories(Path.of(data, "judges"));
        Files.writeString(Path.of(data, "judges", "odd.json"), "{\"schema_version\": 1, \"name\": \"odd\", \"base_url\": "
                + "\"http://localhost:9/v1\", \"model\": \"m\", \"template\": \"plumbline-pairwise@1\", \"api_key\": \"sk-1\"}");
        assertThat(run("judges", "list", "--data", data)).startsWith("2\n").contains("unknown field 'api_key'");
        assertThat(run("judges", "add", "../up", "--data", data, "--base-url", "http://localhost:9/v1", "--model", "m"))
                .startsWith("2\n");
        assertThat(run("judge", "--judge", "missing", "--items", "pairs", "--data", data)).startsWith("2\n")
                .contains("no judge named 'missing'");
    }

    @Test
    void aJudgeIsNamedEitherByConfigurationOrInlineButNotBoth() throws Exception {
        String data = dir.resolve("data").toString();
        run("judges", "add", "j", "--data", data, "--base-url", "http://localhost:9/v1", "--model", "m");
        assertThat(run("judge", "--judge", "j", "--model", "other", "--items", "pairs", "--data", data))
                .startsWith("2\n").contains("not both");
    }

    private static List<Label> labels(String data) {
        List<Label> labels = new ArrayList<>();
        try (DuckDbStore store = DuckDbStore.open(Path.of(data))) {
            store.records().scan(ProjectId.DEFAULT, EnumSet.of(Kind.LABEL), r -> labels.add((Label) r));
        }
        return labels;
    }
}
