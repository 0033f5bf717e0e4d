package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.ProjectId;
import dev.plumbline.report.SampleLoop;
import dev.plumbline.store.DuckDbStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    @TempDir
    Path dir;

    private String run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return code + "\n" + out.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(original);
        }
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
}
