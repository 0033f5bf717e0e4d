package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.model.ProjectId;
import dev.plumbline.server.Passwords;
import dev.plumbline.store.DuckDbStore;
import dev.plumbline.store.QueueItem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotateCommandTest {
    @TempDir
    Path dir;

    private String run(String stdin, String... args) {
        PrintStream original = System.out;
        InputStream originalIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            int code = Main.run(args);
            return code + "\n" + out.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(original);
            System.setIn(originalIn);
        }
    }

    private static String pair(int i, double confidence, String judge, String implicit) {
        return "{\"first\":\"i-" + i + "a\",\"second\":\"i-" + i + "b\",\"prompt\":\"p" + i + "\",\"first_text\":\"x\","
                + "\"second_text\":\"y\",\"source\":\"regenerate\",\"confidence\":" + confidence + ",\"judge\":\"" + judge
                + "\",\"implicit\":\"" + implicit + "\"}";
    }

    @Test
    void anAdminCreatesAQueueFeedsItThroughPoliciesAddsAnAnnotatorAndSeesItsStatus() throws Exception {
        String data = dir.resolve("data").toString();
        assertThat(run("", "annotate", "create-queue", "prefs", "--overlap", "2", "--guideline", "v3", "--data", data))
                .startsWith("0\n").contains("created queue prefs");
        Path pairs = dir.resolve("pairs.jsonl");
        Files.writeString(pairs, pair(1, 0.4, "A", "A") + "\n" + pair(2, 0.9, "A", "B") + "\n" + pair(3, 0.95, "B", "B") + "\n");
        assertThat(run("", "annotate", "add-items", "prefs", "--pairs", pairs.toString(), "--policy",
                "below-confidence,judge-implicit-disagreement", "--data", data))
                .startsWith("0\n").contains("3 candidate pairs, 2 chosen").contains("2 new in queue prefs");
        assertThat(run("a-long-password\n", "annotate", "users", "add", "ann", "--queue", "prefs", "--data", data))
                .startsWith("0\n").contains("added annotator ann");
        assertThat(run("", "annotate", "users", "list", "--data", data)).contains("ann").contains("prefs");
        String status = run("", "annotate", "status", "prefs", "--json", "--data", data);
        assertThat(status).startsWith("0\n").contains("\"waiting\" : 2")
                .contains("\"below-confidence\" : 1").contains("\"judge-implicit-disagreement\" : 1");
        try (DuckDbStore store = DuckDbStore.open(dir.resolve("data"))) {
            assertThat(Passwords.verify("a-long-password", store.accounts().account("ann").orElseThrow().passwordHash())).isTrue();
            assertThat(store.accounts().assignedQueues(ProjectId.DEFAULT, "ann")).containsExactly("prefs");
            assertThat(store.queues().snapshot(ProjectId.DEFAULT, "prefs").items()).extracting(i -> i.policy())
                    .containsExactlyInAnyOrder("below-confidence", "judge-implicit-disagreement");
        }
    }

    @Test
    void pairsThatLabelsInTheStoreAreAboutCanBeQueued() throws Exception {
        String data = dir.resolve("data").toString();
        Path records = dir.resolve("records.jsonl");
        String interaction = "{\"kind\":\"interaction\",\"id\":\"%s\",\"ts\":\"2026-11-01T10:00:00Z\",\"model\":{\"name\":\"m\","
                + "\"version\":\"1\"},\"messages\":[{\"role\":\"user\",\"content\":\"Draft a refund email\"}],\"completion\":\"%s\"}";
        Files.writeString(records, String.format(interaction, "i-1", "Dear customer") + "\n"
                + String.format(interaction, "i-2", "Dear Ms Lee") + "\n"
                + "{\"kind\":\"label\",\"id\":\"l-1\",\"subject\":{\"pair\":[\"i-1\",\"i-2\"]},\"value\":\"B\","
                + "\"actor\":{\"role\":\"judge\",\"id\":\"gpt-4o\",\"family\":\"gpt-4\"},\"ts\":\"2026-11-01T10:01:00Z\"}\n");
        assertThat(run("", "import", records.toString(), "--data", data, "--no-progress")).startsWith("0\n");
        run("", "annotate", "create-queue", "audit", "--overlap", "1", "--data", data);
        assertThat(run("", "annotate", "add-items", "audit", "--from-labels", "--data", data))
                .startsWith("0\n").contains("1 candidate pairs, 1 chosen").contains("1 new");
        try (DuckDbStore store = DuckDbStore.open(dir.resolve("data"))) {
            QueueItem item = store.queues().take(ProjectId.DEFAULT, "audit", "ann", false, Instant.now()).orElseThrow().item();
            assertThat(item.payload()).contains("Dear Ms Lee", "Draft a refund email", "\"judge\":\"B\"");
        }
    }

    @Test
    void addItemsNeedsExactlyOneSource() {
        String data = dir.resolve("data").toString();
        run("", "annotate", "create-queue", "prefs", "--data", data);
        assertThat(run("", "annotate", "add-items", "prefs", "--data", data)).startsWith("2\n");
    }
}
