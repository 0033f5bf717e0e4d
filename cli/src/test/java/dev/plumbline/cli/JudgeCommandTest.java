package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.ActorRole;
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

class JudgeCommandTest {
    private static final String INTERACTION = "{\"kind\":\"interaction\",\"id\":\"%s\",\"ts\":\"2026-11-01T10:00:00Z\","
            + "\"model\":{\"name\":\"gen\",\"version\":\"1\"},\"prompt\":\"Which is right?\",\"completion\":\"%s\"}";

    @TempDir
    Path dir;

    private String run(String... args) {
        return CommandLineRun.stdout(args);
    }

    private String data() throws Exception {
        Path file = dir.resolve("interactions.jsonl");
        Files.writeString(file, String.format(INTERACTION, "x1", "good answer") + "\n" + String.format(INTERACTION, "x2", "bad answer")
                + "\n" + String.format(INTERACTION, "x3", "bad answer too") + "\n" + String.format(INTERACTION, "x4", "good one") + "\n");
        String data = dir.resolve("data").toString();
        assertThat(run("import", file.toString(), "--data", data, "--no-progress")).startsWith("0\n");
        return data;
    }

    /** Always prefers the answer shown first: a purely position-biased judge. */
    private static OpenAiTestServer biasedJudge() {
        return OpenAiTestServer.start(request -> Reply.answer("The first is better. [[A]]"));
    }

    @Test
    void judgesAnExplicitPairListInBothOrdersAndStoresTheVerdictsAsJudgeLabels() throws Exception {
        String data = data();
        Path pairs = dir.resolve("pairs.jsonl");
        Files.writeString(pairs, "{\"a\": \"x2\", \"b\": \"x1\"}\n{\"a\": \"x3\", \"b\": \"x4\"}\n");
        try (OpenAiTestServer server = biasedJudge()) {
            String output = run("judge", "--items", pairs.toString(), "--data", data, "--base-url", server.baseUrl().toString(),
                    "--model", "judge-1", "--family", "acme", "--round", "r1", "--json");

            assertThat(output).startsWith("0\n").contains("\"labels\" : 4").contains("\"inconsistent_pairs\" : 2")
                    .contains("\"stored\" : 4").contains("\"template\" : \"plumbline-pairwise@1\"");
            assertThat(server.requestCount()).isEqualTo(4);
        }
        List<Label> labels = labels(data);
        assertThat(labels).hasSize(4).allSatisfy(label -> {
            assertThat(label.actor().role()).isEqualTo(ActorRole.JUDGE);
            assertThat(label.actor().family()).contains("acme");
            assertThat(label.round()).contains("r1");
            assertThat(label.meta()).containsEntry("consistency", "inconsistent");
        });
        assertThat(run("audit", "judge", "--data", data, "--json")).startsWith("1\n").contains("\"first_shown_wins\" : 2");
    }

    @Test
    void rejudgingTheSameItemsFindsOnlyDuplicates() throws Exception {
        String data = data();
        Path pairs = dir.resolve("pairs.jsonl");
        Files.writeString(pairs, "{\"a\": \"x1\", \"b\": \"x2\"}\n");
        try (OpenAiTestServer server = biasedJudge()) {
            String[] args = {"judge", "--items", pairs.toString(), "--data", data, "--base-url", server.baseUrl().toString(),
                "--model", "judge-1", "--json"};
            assertThat(run(args)).contains("\"stored\" : 2");
            assertThat(run(args)).contains("\"stored\" : 0").contains("\"duplicates\" : 2");
        }
    }

    @Test
    void importsMtBenchTemplatesAndJudgesWithOne() throws Exception {
        String data = data();
        Path prompts = Path.of(System.getProperty("plumbline.shared.data", "../../shared/data"),
                "mt_bench", "fastchat", "llm_judge", "data", "judge_prompts.jsonl");
        assertThat(run("judge", "templates", "--import", prompts.toString(), "--data", data)).startsWith("0\n")
                .contains("imported 8 templates");
        assertThat(run("judge", "templates", "--data", data)).contains("pair-v2@2  pairwise  mt-bench")
                .contains("plumbline-pairwise@1  pairwise  plumbline");
        Path pairs = dir.resolve("pairs.jsonl");
        Files.writeString(pairs, "{\"a\": \"x1\", \"b\": \"x2\"}\n");
        try (OpenAiTestServer server = OpenAiTestServer.start(request -> Reply.answer("Hard to say."))) {
            assertThat(run("judge", "--items", pairs.toString(), "--template", "pair-v2", "--orders", "one", "--data", data,
                    "--base-url", server.baseUrl().toString(), "--model", "judge-1", "--json"))
                    .contains("\"labels\" : 1").contains("\"unparsed\" : 1").contains("\"template\" : \"pair-v2@2\"");
            assertThat(server.requests().get(0).lastContent()).contains("[The Start of Assistant A's Answer]\ngood answer");
        }
        assertThat(labels(data)).singleElement().satisfies(label -> {
            assertThat(label.unparsed()).isTrue();
            assertThat(label.raw()).contains("Hard to say.");
        });
    }

    @Test
    void gradesEveryStoredInteractionWithASingleTemplate() throws Exception {
        String data = data();
        try (OpenAiTestServer server = OpenAiTestServer.start(request -> Reply.answer(
                request.lastContent().contains("good") ? "Rating: [[9]]" : "Rating: [[2]]"))) {
            assertThat(run("judge", "--items", "interactions", "--data", data, "--base-url", server.baseUrl().toString(),
                    "--model", "judge-1", "--json")).startsWith("0\n").contains("\"labels\" : 4").contains("\"stored\" : 4");
        }
        assertThat(labels(data)).extracting(Label::value).containsExactlyInAnyOrder("9", "2", "2", "9");
    }

    @Test
    void rejudgesTheSubjectsOfStoredPairwiseLabelsWithAnotherJudge() throws Exception {
        String data = data();
        Path pairs = dir.resolve("pairs.jsonl");
        Files.writeString(pairs, "{\"a\": \"x1\", \"b\": \"x2\"}\n{\"a\": \"x3\", \"b\": \"x4\"}\n");
        try (OpenAiTestServer server = biasedJudge()) {
            run("judge", "--items", pairs.toString(), "--data", data, "--base-url", server.baseUrl().toString(), "--model", "judge-1");
            assertThat(run("judge", "--items", "labels", "--data", data, "--base-url", server.baseUrl().toString(),
                    "--model", "judge-2", "--json")).contains("\"pairs\" : 2").contains("\"stored\" : 4");
        }
        assertThat(labels(data)).extracting(l -> l.actor().id().orElseThrow()).containsOnly("judge-1", "judge-2").hasSize(8);
    }

    @Test
    void gradesAgainstTheReferencesOfARegisteredEvalSet() throws Exception {
        String data = data();
        Path eval = dir.resolve("eval.jsonl");
        Files.writeString(eval, "{\"id\": \"e1\", \"text\": \"which is  RIGHT?\", \"reference\": \"the good one\"}\n");
        assertThat(run("eval", "register", "probe", eval.toString(), "--data", data)).startsWith("0\n");
        try (OpenAiTestServer server = OpenAiTestServer.start(request -> Reply.answer("Rating: [[5]]"))) {
            assertThat(run("judge", "--items", "interactions", "--template", "plumbline-single-reference", "--eval-set", "probe",
                    "--data", data, "--base-url", server.baseUrl().toString(), "--model", "judge-1", "--json"))
                    .startsWith("0\n").contains("\"labels\" : 4");
            assertThat(server.requests()).allSatisfy(r -> assertThat(r.lastContent()).contains("[Reference Answer]\nthe good one"));
        }
    }

    @Test
    void judgesThePairsMinedFromTheStore() throws Exception {
        Path file = dir.resolve("helpful").resolve("train.jsonl");
        Files.createDirectories(file.getParent());
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            lines.append("{\"chosen\": \"\\n\\nHuman: question ").append(i).append("?\\n\\nAssistant: a careful answer ").append(i)
                    .append("\", \"rejected\": \"\\n\\nHuman: question ").append(i).append("?\\n\\nAssistant: no\"}\n");
        }
        Files.writeString(file, lines);
        String data = dir.resolve("data").toString();
        assertThat(run("import", "--format", "hh-rlhf", file.toString(), "--data", data, "--no-progress")).startsWith("0\n");
        try (OpenAiTestServer server = biasedJudge()) {
            assertThat(run("judge", "--items", "pairs", "--data", data, "--base-url", server.baseUrl().toString(),
                    "--model", "judge-1", "--json")).startsWith("0\n").contains("\"pairs\" : 3").contains("\"labels\" : 6");
        }
        assertThat(labels(data).stream().filter(l -> l.actor().role() == ActorRole.JUDGE))
                .extracting(l -> l.subject().key()).contains("pair:hh:helpful:train:0:chosen|hh:helpful:train:0:rejected");
    }

    @Test
    void anUnknownItemSetOrMissingInteractionIsBadInput() throws Exception {
        String data = data();
        Path pairs = dir.resolve("pairs.jsonl");
        Files.writeString(pairs, "{\"a\": \"x1\", \"b\": \"nope\"}\n");
        try (OpenAiTestServer server = biasedJudge()) {
            assertThat(run("judge", "--items", "whatever", "--data", data, "--base-url", server.baseUrl().toString(),
                    "--model", "judge-1")).startsWith("2\n");
            assertThat(run("judge", "--items", pairs.toString(), "--data", data, "--base-url", server.baseUrl().toString(),
                    "--model", "judge-1")).startsWith("2\n");
            assertThat(server.requestCount()).isZero();
        }
    }

    private static List<Label> labels(String data) {
        List<Label> labels = new ArrayList<>();
        try (DuckDbStore store = DuckDbStore.open(Path.of(data))) {
            store.records().scan(ProjectId.DEFAULT, EnumSet.of(Kind.LABEL), r -> labels.add((Label) r));
        }
        return labels;
    }
}
