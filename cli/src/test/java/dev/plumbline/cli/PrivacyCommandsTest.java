package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.model.Actor;
import dev.plumbline.model.ActorRole;
import dev.plumbline.model.Feedback;
import dev.plumbline.model.FeedbackType;
import dev.plumbline.model.Interaction;
import dev.plumbline.model.Message;
import dev.plumbline.model.ModelRef;
import dev.plumbline.model.ProjectId;
import dev.plumbline.privacy.Redactor;
import dev.plumbline.store.AdminAction;
import dev.plumbline.store.AdminEntry;
import dev.plumbline.store.DuckDbStore;
import dev.plumbline.wire.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivacyCommandsTest {
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    @TempDir
    Path dir;

    private String run(String... args) {
        return CommandLineRun.stdout(args);
    }

    private static Interaction interaction(String id, String user) {
        return new Interaction(id, Optional.empty(), Optional.of(user), T0, new ModelRef("m", Optional.empty(), Optional.empty()),
                List.of(Message.user("hello")), "hi", Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
    }

    private Path export(String name, String manifest) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("exports").resolve(name));
        Files.writeString(folder.resolve("manifest.json"), manifest);
        return folder;
    }

    @Test
    void eraseRemovesTheUserLogsItAndListsOnlyTheExportsHoldingTheirRecords() throws Exception {
        Path data = dir.resolve("data");
        try (DuckDbStore store = DuckDbStore.open(data)) {
            store.records().append(ProjectId.DEFAULT, List.of(interaction("i-1", "u-3"), interaction("i-2", "u-4"),
                    Feedback.of("f-1", "i-1", T0, FeedbackType.COPY, Actor.of(ActorRole.USER, "u-3"))));
        }
        Path stale = export("dpo-1", "{\"records\": [\"i-1\", \"i-2\"]}");
        export("dpo-2", "{\"records\": [\"i-2\"], \"note\": \"mentions i-1 only inside text\"}");
        Files.writeString(export("sft-1", "{\"records\": []}").resolve("train.jsonl"), "{\"id\": \"f-1\"}\n");

        String output = run("erase", "--user", "u-3", "--data", data.toString(), "--exports", dir.resolve("exports").toString());

        assertThat(output).startsWith("0\n").contains("erased 1 interactions, 1 feedback, 0 labels")
                .contains(stale.toString()).contains(dir.resolve("exports").resolve("sft-1").toString()).doesNotContain("dpo-2");
        try (DuckDbStore store = DuckDbStore.open(data)) {
            assertThat(store.records().count(ProjectId.DEFAULT)).isEqualTo(1);
            assertThat(store.erasure().log(ProjectId.DEFAULT)).hasSize(1);
            assertThat(store.adminLog().read(ProjectId.DEFAULT, 10)).extracting(AdminEntry::action)
                    .containsExactly(AdminAction.ERASURE);
        }
    }

    @Test
    void auditPiiFailsOnAnExportWithPersonalDataLeftAndShowsOnlyMaskedExcerpts() throws Exception {
        Path folder = export("dpo-1", "{\"schema_version\": 1}");
        Files.writeString(folder.resolve("train.jsonl"), "{\"prompt\": \"write to jane.doe@example.com\"}\n"
                + "{\"prompt\": \"card 4111 1111 1111 1111\"}\n");

        String output = run("audit", "pii", "--export", folder.toString());

        assertThat(output).startsWith("1\n").contains("train.jsonl:1:").contains("EMAIL").contains("train.jsonl:2:")
                .contains("CARD").contains("FAIL").doesNotContain("jane.doe", "1111 1111");
    }

    @Test
    void auditPiiPassesOnARedactedExportAndSpeaksJson() throws Exception {
        Path folder = export("dpo-1", "{\"schema_version\": 1}");
        String redacted = Redactor.allOn().redact("write to jane.doe@example.com from 203.0.113.7");
        Files.writeString(folder.resolve("train.jsonl"), "{\"prompt\": \"" + redacted + "\"}\n");

        String output = run("audit", "pii", "--export", folder.toString(), "--json");

        assertThat(output).startsWith("0\n");
        JsonNode report = Json.mapper().readTree(output.substring(2));
        assertThat(report.path("passed").asBoolean()).isTrue();
        assertThat(report.path("files_scanned").asInt()).isEqualTo(2);
    }

    @Test
    void auditPiiLooksOnlyForTheTypesAndPatternsAskedFor() throws Exception {
        Path folder = export("dpo-1", "{}");
        Files.writeString(folder.resolve("train.jsonl"), "{\"prompt\": \"from 203.0.113.7 about CUST-123456\"}\n");

        assertThat(run("audit", "pii", "--export", folder.toString(), "--types", "email")).startsWith("0\n");
        assertThat(run("audit", "pii", "--export", folder.toString(), "--types", "email", "--pattern", "CUSTOMER=CUST-\\d{6}"))
                .startsWith("1\n").contains("CUSTOMER");
        assertThat(run("audit", "pii", "--export", folder.toString(), "--types", "nonsense")).startsWith("2\n");
    }

    @Test
    void creatingAKeyIsWrittenToTheAdminLog() {
        String data = dir.resolve("data").toString();

        assertThat(run("keys", "create", "--scope", "ingest,admin", "--name", "app", "--project", "acme", "--data", data))
                .startsWith("0\n");

        assertThat(run("admin-log", "--project", "acme", "--data", data)).startsWith("0\n").contains("key.created")
                .contains("scopes admin,ingest");
    }
}
