package dev.plumbline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plumbline.wire.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-project redaction policy, and Parquet files in {@code audit pii} and in erasure's list of stale exports. */
class RedactionPolicyCommandsTest {
    private static final String INTERACTION = "{\"kind\":\"interaction\",\"id\":\"%s\",\"session_id\":\"%s\",\"user_id\":\"%s\","
            + "\"ts\":\"2026-11-01T10:00:00Z\",\"model\":{\"name\":\"gen\",\"version\":\"1\"},\"prompt\":\"%s\",\"completion\":\"%s\"}";
    private static final String LABEL = "{\"kind\":\"label\",\"id\":\"%s\",\"subject\":{\"pair\":[\"%s\",\"%s\"]},\"value\":\"B\","
            + "\"actor\":{\"role\":\"annotator\",\"id\":\"%s\"},\"ts\":\"2026-11-01T10:05:00Z\"}";

    @TempDir
    Path dir;

    private String run(String... args) {
        return CommandLineRun.stdoutAndStderr(args);
    }

    /** Users u-1 and u-2 each with one pair three annotators labelled; the answers carry an e-mail, an IP and an order number. */
    private String data() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (String user : new String[] {"u-1", "u-2"}) {
            String prompt = "Where is order ORD-12345" + user.charAt(2) + "?";
            lines.append(String.format(INTERACTION, user + "-a", "s-" + user, user, prompt, "No idea.")).append('\n');
            lines.append(String.format(INTERACTION, user + "-b", "s-" + user, user, prompt,
                    "Ask ops@example.com, the server 203.0.113.7 has it.")).append('\n');
            for (String annotator : new String[] {"a-1", "a-2", "a-3"}) {
                lines.append(String.format(LABEL, user + "-" + annotator, user + "-a", user + "-b", annotator)).append('\n');
            }
        }
        Path file = dir.resolve("records.jsonl");
        Files.writeString(file, lines);
        String data = dir.resolve("data").toString();
        assertThat(run("import", file.toString(), "--data", data, "--no-progress")).startsWith("0\n");
        return data;
    }

    private static String rows(Path export) throws Exception {
        try (Stream<Path> files = Files.list(export)) {
            return files.filter(f -> f.toString().endsWith(".jsonl") && !f.endsWith("provenance.jsonl")).map(f -> {
                try {
                    return Files.readString(f);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.joining());
        }
    }

    private Path policyFile(String name, String json) throws Exception {
        return Files.writeString(dir.resolve(name), json);
    }

    @Test
    void exportRedactsWhatTheProjectsPolicySaysAndTheCardAndManifestStateIt() throws Exception {
        String data = data();
        assertThat(run("privacy", "policy", "show", "--data", data)).startsWith("0\n").contains("EMAIL,PHONE,CARD,IBAN,IP,SECRET")
                .contains("the default");
        assertThat(run("privacy", "policy", "set", "--types", "email", "--pattern", "ORDER=ORD-\\d{6}", "--data", data))
                .startsWith("0\n");
        assertThat(run("privacy", "policy", "show", "--data", data)).contains("EMAIL; custom: ORDER=ORD-\\d{6}")
                .contains(Path.of(data, "projects", "default", "redaction.json").toString());
        Path out = dir.resolve("export");

        assertThat(run("export", "--data", data, "--out", out.toString())).startsWith("0\n")
                .contains("redaction: EMAIL; custom: ORDER=ORD-\\d{6}");

        assertThat(rows(out)).contains("<EMAIL_1>").contains("<ORDER_1>").contains("203.0.113.7")
                .doesNotContain("ops@example.com").doesNotContain("ORD-123451");
        assertThat(Files.readString(out.resolve("README.md"))).contains("Policy: EMAIL; custom: ORDER=ORD-\\d{6}.");
        JsonNode manifest = Json.mapper().readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.path("redaction").path("policy").asText()).isEqualTo("EMAIL; custom: ORDER=ORD-\\d{6}");
        assertThat(manifest.path("redaction").path("replaced").path("ORDER").asInt()).isPositive();

        assertThat(run("audit", "pii", "--export", out.toString(), "--data", data)).startsWith("0\n");
        Path everything = policyFile("all.json", "{\"schema_version\": 1, \"types\": [\"email\", \"ip\"]}");
        assertThat(run("audit", "pii", "--export", out.toString(), "--data", data, "--redaction-config", everything.toString()))
                .startsWith("1\n").contains("IP").doesNotContain("203.0.113.7");
    }

    @Test
    void aRedactionConfigFileTakesThePlaceOfTheProjectsPolicyAndABadOneIsRefused() throws Exception {
        String data = data();
        Path none = policyFile("none.json", "{\"schema_version\": 1, \"types\": []}");
        Path out = dir.resolve("export");

        assertThat(run("export", "--data", data, "--out", out.toString(), "--redaction-config", none.toString()))
                .startsWith("0\n").contains("redaction: none");
        assertThat(rows(out)).contains("ops@example.com");

        Path unknown = policyFile("bad.json", "{\"schema_version\": 1, \"types\": [\"email\"], \"names\": true}");
        assertThat(run("export", "--data", data, "--out", dir.resolve("x").toString(), "--redaction-config", unknown.toString()))
                .startsWith("2\n").contains("unknown field 'names'");
        assertThat(run("privacy", "policy", "set", "--types", "emial", "--data", data)).startsWith("2\n").contains("unknown type 'emial'");
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void auditPiiReadsParquetFilesRowByRow() throws Exception {
        String data = data();
        Path none = policyFile("none.json", "{\"schema_version\": 1, \"types\": []}");
        Path leaky = dir.resolve("leaky");
        Path clean = dir.resolve("clean");
        run("export", "--data", data, "--out", leaky.toString(), "--parquet", "--redaction-config", none.toString());
        run("export", "--data", data, "--out", clean.toString(), "--parquet");
        deleteSplitJsonl(leaky);

        String failed = run("audit", "pii", "--export", leaky.toString(), "--types", "email", "--json");
        String passed = run("audit", "pii", "--export", clean.toString(), "--json");

        assertThat(failed).startsWith("1\n");
        JsonNode report = Json.mapper().readTree(failed.substring(2));
        assertThat(report.path("parquet_files_scanned").asInt()).isPositive();
        assertThat(report.path("findings")).isNotEmpty().allSatisfy(f -> {
            assertThat(f.path("file").asText()).endsWith(".parquet");
            assertThat(f.path("type").asText()).isEqualTo("EMAIL");
        });
        assertThat(passed).startsWith("0\n").contains("\"parquet_files_scanned\" : ");
        assertThat(Json.mapper().readTree(passed.substring(2)).path("parquet_files_scanned").asInt()).isPositive();
    }

    @Test
    void aCorruptParquetFileIsReportedNotSkipped() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(folder.resolve("manifest.json"), "{}");
        Files.write(folder.resolve("train.parquet"), new byte[] {'P', 'A', 'R', '1', 0, 'j', '@', 'x', '.', 'i', 'o'});

        assertThat(run("audit", "pii", "--export", folder.toString())).startsWith("2\n").contains("train.parquet");
    }

    @Test
    void erasureListsParquetExportsHoldingTheUsersRecords() throws Exception {
        String data = data();
        Path exports = dir.resolve("exports");
        Path both = exports.resolve("parquet-and-jsonl");
        run("export", "--data", data, "--out", both.toString(), "--parquet");
        Path parquetOnly = exports.resolve("parquet-only");
        run("export", "--data", data, "--out", parquetOnly.toString(), "--parquet");
        deleteSplitJsonl(parquetOnly);
        Path idsInRows = Files.createDirectories(exports.resolve("ids-in-rows"));
        Files.writeString(idsInRows.resolve("manifest.json"), "{\"kind\": \"external\"}");
        parquet(idsInRows.resolve("rows.parquet"), "u-1-b");
        Path otherUser = Files.createDirectories(exports.resolve("other-user"));
        Files.writeString(otherUser.resolve("manifest.json"), "{\"kind\": \"external\"}");
        parquet(otherUser.resolve("rows.parquet"), "u-2-b");

        String output = run("erase", "--user", "u-1", "--data", data, "--exports", exports.toString());

        assertThat(output).startsWith("0\n").contains(both.toString()).contains(parquetOnly.toString())
                .contains(idsInRows.toString()).doesNotContain(otherUser.toString());
    }

    private static void deleteSplitJsonl(Path export) throws Exception {
        for (String split : List.of("train.jsonl", "test.jsonl")) {
            Files.deleteIfExists(export.resolve(split));
        }
        assertThat(ParquetRows.under(export)).isNotEmpty();
    }

    private static void parquet(Path file, String id) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = connection.createStatement()) {
            statement.execute("COPY (SELECT '" + id + "' AS interaction_id, 'some text' AS prompt) TO '" + file + "' (FORMAT parquet)");
        }
    }
}
