package dev.plumbline.export;

import static dev.plumbline.export.ExportPairs.dataset;
import static dev.plumbline.export.ExportPairs.pair;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plumbline.model.Message;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.pairs.Dataset;
import dev.plumbline.pairs.LabelOrigin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.parquet.example.data.Group;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Message> CONVERSATION = List.of(Message.user("Name my cat"),
            Message.assistant("How about Tom?"), Message.user("Something rarer"));

    @TempDir
    Path temp;

    private static Dataset oneConversation() {
        return dataset(List.of(pair("p-1", "u-1", CONVERSATION, "Quenby.", "Tom again.", LabelOrigin.HUMAN)));
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    private static ExportConfig trainOnly(TrlFormat format, boolean conversational) {
        return ExportConfig.DEFAULTS.withFormat(format, conversational, false).withSplit(SplitBy.USER, 0, 1);
    }

    @Test
    void dpoConversationalRowsAreMessageListsInTrlColumnOrder() throws IOException {
        ExportResult result = Exporter.export(oneConversation(), trainOnly(TrlFormat.DPO, true), temp.resolve("out"));
        assertThat(result.written()).isTrue();
        assertThat(lines(temp.resolve("out/train.jsonl"))).containsExactly("{\"prompt\":["
                + "{\"role\":\"user\",\"content\":\"Name my cat\"},{\"role\":\"assistant\",\"content\":\"How about Tom?\"},"
                + "{\"role\":\"user\",\"content\":\"Something rarer\"}],"
                + "\"chosen\":[{\"role\":\"assistant\",\"content\":\"Quenby.\"}],"
                + "\"rejected\":[{\"role\":\"assistant\",\"content\":\"Tom again.\"}]}");
    }

    @Test
    void dpoStandardRowsAreStringsWithTheConversationRenderedTurnByTurn() throws IOException {
        Exporter.export(oneConversation(), trainOnly(TrlFormat.DPO, false), temp.resolve("out"));
        JsonNode row = JSON.readTree(lines(temp.resolve("out/train.jsonl")).get(0));
        assertThat(row.fieldNames()).toIterable().containsExactly("prompt", "chosen", "rejected");
        assertThat(row.get("prompt").asText()).isEqualTo("User: Name my cat\n\nAssistant: How about Tom?\n\nUser: Something rarer");
        assertThat(row.get("chosen").asText()).isEqualTo("Quenby.");
    }

    @Test
    void ktoWritesTheChosenSideAsDesirableAndTheRejectedAsUndesirable() throws IOException {
        Exporter.export(oneConversation(), trainOnly(TrlFormat.KTO, false), temp.resolve("out"));
        List<String> rows = lines(temp.resolve("out/train.jsonl"));
        assertThat(rows).hasSize(2);
        assertThat(JSON.readTree(rows.get(0)).fieldNames()).toIterable().containsExactly("prompt", "completion", "label");
        assertThat(JSON.readTree(rows.get(0)).get("label").isBoolean()).isTrue();
        assertThat(rows).extracting(r -> JSON.readTree(r).get("completion").asText() + "/" + JSON.readTree(r).get("label"))
                .containsExactly("Quenby./true", "Tom again./false");
    }

    @Test
    void sftWritesTheConversationWithTheChosenAnswerAppended() throws IOException {
        Exporter.export(oneConversation(), trainOnly(TrlFormat.SFT, true), temp.resolve("out"));
        JsonNode row = JSON.readTree(lines(temp.resolve("out/train.jsonl")).get(0));
        assertThat(row.fieldNames()).toIterable().containsExactly("messages");
        assertThat(row.get("messages")).hasSize(4);
        assertThat(row.get("messages").get(3).get("content").asText()).isEqualTo("Quenby.");
        Exporter.export(oneConversation(), trainOnly(TrlFormat.SFT, false), temp.resolve("standard"));
        assertThat(JSON.readTree(lines(temp.resolve("standard/train.jsonl")).get(0)).fieldNames()).toIterable()
                .containsExactly("prompt", "completion");
    }

    @Test
    void parquetReadsBackWithAnIndependentReaderWithTrlColumnsAndTypes() throws IOException {
        ExportConfig config = ExportConfig.DEFAULTS.withFormat(TrlFormat.DPO, true, true).withSplit(SplitBy.USER, 0, 1);
        Exporter.export(oneConversation(), config, temp.resolve("out"));
        ParquetReadBack parquet = ParquetReadBack.read(temp.resolve("out/train.parquet"));
        assertThat(parquet.schema.getFields()).extracting(f -> f.getName()).containsExactly("prompt", "chosen", "rejected");
        assertThat(parquet.schema.getType("prompt").getLogicalTypeAnnotation()).hasToString("LIST");
        assertThat(parquet.schema.getColumns()).extracting(c -> String.join(".", c.getPath()) + " "
                + c.getPrimitiveType().getPrimitiveTypeName() + " " + c.getPrimitiveType().getLogicalTypeAnnotation())
                .contains("prompt.list.element.role BINARY STRING", "prompt.list.element.content BINARY STRING");
        Group row = parquet.rows.get(0);
        assertThat(ParquetReadBack.messages(row, "prompt")).containsExactly("user: Name my cat",
                "assistant: How about Tom?", "user: Something rarer");
        assertThat(ParquetReadBack.messages(row, "rejected")).containsExactly("assistant: Tom again.");
    }

    @Test
    void ktoParquetHasABooleanLabel() throws IOException {
        ExportConfig config = ExportConfig.DEFAULTS.withFormat(TrlFormat.KTO, false, true).withSplit(SplitBy.USER, 0, 1);
        Exporter.export(oneConversation(), config, temp.resolve("out"));
        ParquetReadBack parquet = ParquetReadBack.read(temp.resolve("out/train.parquet"));
        assertThat(parquet.schema.getColumns()).extracting(c -> c.getPath()[0] + " " + c.getPrimitiveType().getPrimitiveTypeName())
                .containsExactly("prompt BINARY", "completion BINARY", "label BOOLEAN");
        assertThat(parquet.rows).extracting(r -> r.getBoolean("label", 0)).containsExactly(true, false);
    }

    @Test
    void exportingAgainFromTheManifestGivesByteIdenticalFiles() throws IOException {
        ExportConfig config = ExportConfig.DEFAULTS.withFormat(TrlFormat.DPO, true, true).withSplit(SplitBy.USER, 0.3, 7);
        ExportResult first = Exporter.export(ExportPairs.typical(), config, temp.resolve("first"));
        ExportResult again = Exporter.exportAgain(ExportPairs.typical(), temp.resolve("first/manifest.json"),
                temp.resolve("again"));
        assertThat(first.sha256ByFile()).containsOnlyKeys("README.md", "manifest.json", "provenance.jsonl",
                "test.jsonl", "test.parquet", "train.jsonl", "train.parquet");
        assertThat(again.sha256ByFile()).isEqualTo(first.sha256ByFile());
        for (String file : first.sha256ByFile().keySet()) {
            assertThat(Files.readAllBytes(temp.resolve("again").resolve(file)))
                    .isEqualTo(Files.readAllBytes(temp.resolve("first").resolve(file)));
        }
    }

    @Test
    void theManifestNamesEveryOtherFileWithItsSha256() throws IOException {
        Exporter.export(ExportPairs.typical(), ExportConfig.DEFAULTS, temp.resolve("out"));
        JsonNode manifest = JSON.readTree(temp.resolve("out/manifest.json").toFile());
        assertThat(manifest.get("schema_version").asInt()).isEqualTo(1);
        assertThat(manifest.get("mining").get("input_watermark").asText()).isEqualTo("2026-11-02T00:00:00Z");
        assertThat(manifest.get("rule_versions").get("PreferChosenInChoice").asText()).isEqualTo("1");
        assertThat(manifest.get("export_config_hash").asText()).hasSize(64);
        for (JsonNode file : manifest.get("files")) {
            assertThat(Sha256.of(temp.resolve("out").resolve(file.get("path").asText())))
                    .isEqualTo(file.get("sha256").asText());
        }
        assertThat(manifest.get("files")).extracting(f -> f.get("path").asText())
                .containsExactly("README.md", "provenance.jsonl", "test.jsonl", "train.jsonl");
    }

    @Test
    void anExportThatAllowedEvalOverlapSaysSoInItsManifestAndExportsAgainTheSame() throws IOException {
        ExportResult first = Exporter.export(ExportPairs.typical(), ExportConfig.DEFAULTS.withAllowOverlap(true),
                temp.resolve("first"));
        Exporter.export(ExportPairs.typical(), ExportConfig.DEFAULTS, temp.resolve("plain"));

        JsonNode allowed = JSON.readTree(temp.resolve("first/manifest.json").toFile());
        JsonNode plain = JSON.readTree(temp.resolve("plain/manifest.json").toFile());
        assertThat(allowed.get("export_config").get("allow_overlap").asBoolean()).isTrue();
        assertThat(plain.get("export_config").has("allow_overlap")).isFalse();
        assertThat(allowed.get("export_config_hash")).isNotEqualTo(plain.get("export_config_hash"));
        ExportResult again = Exporter.exportAgain(ExportPairs.typical(), temp.resolve("first/manifest.json"),
                temp.resolve("again"));
        assertThat(again.sha256ByFile()).isEqualTo(first.sha256ByFile());
    }

    @Test
    void aManifestOfAnUnknownSchemaVersionIsRejected() throws IOException {
        Path manifest = Files.writeString(temp.resolve("manifest.json"), "{\"schema_version\": 2}");
        assertThatThrownBy(() -> Exporter.exportAgain(ExportPairs.typical(), manifest, temp.resolve("out")))
                .isInstanceOf(PlumblineException.class).hasMessageContaining("schema_version 2");
    }

    @Test
    void theCardHasTheHuggingFaceHeaderAndTheRealNumbers() throws IOException {
        ExportConfig config = ExportConfig.DEFAULTS.withFormat(TrlFormat.DPO, true, true).withSplit(SplitBy.USER, 0.3, 7);
        ExportResult result = Exporter.export(ExportPairs.typical(), config, temp.resolve("out"));
        String card = Files.readString(temp.resolve("out/README.md"));
        assertThat(card).startsWith("---\nlicense: other\n");
        assertThat(card).contains("configs:\n- config_name: default\n  data_files:\n  - split: train\n    path: train.parquet");
        assertThat(card).contains("  - name: prompt\n    list:\n    - name: role\n      dtype: string");
        assertThat(card).contains("  - name: train\n    num_examples: " + result.rowsBySplit().get("train"));
        assertThat(card).contains("40 pairs survived the filters out of 40 candidates.");
        assertThat(card).contains("| PreferChosenInChoice | 40 |", "| human | 40 |", "| acme-assist@2026-10-01 | 40 |");
        assertThat(card).contains("| near-identical |", "| ai-labelled-share | yes |");
    }

    @Test
    void anEmptyExportIsRefusedAndLeavesNothing() throws IOException {
        Dataset empty = dataset(List.of(pair("p-1", "u-1", CONVERSATION, "Same.", "same.", LabelOrigin.HUMAN)));
        ExportResult result = Exporter.export(empty, ExportConfig.DEFAULTS, temp.resolve("out"));
        assertThat(result.written()).isFalse();
        assertThat(result.refusal()).hasValueSatisfying(r -> assertThat(r)
                .startsWith("nothing to export: all 1 candidate pairs were removed").contains("near-identical 1"));
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aGateViolationIsRefusedAndLeavesNothing() throws IOException {
        Dataset judged = dataset(List.of(pair("p-1", "u-1", CONVERSATION, "Quenby.", "Tom.", LabelOrigin.AI)));
        ExportResult result = Exporter.export(judged, ExportConfig.DEFAULTS, temp.resolve("out"));
        assertThat(result.refusal()).hasValueSatisfying(r -> assertThat(r).contains("a gate failed: 1 of 1 pairs"));
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aNonEmptyOutputFolderIsNotOverwritten() throws IOException {
        Files.createDirectories(temp.resolve("out"));
        Files.writeString(temp.resolve("out/keep.txt"), "mine");
        assertThatThrownBy(() -> Exporter.export(ExportPairs.typical(), ExportConfig.DEFAULTS, temp.resolve("out")))
                .isInstanceOf(PlumblineException.class).hasMessageContaining("is not empty");
        assertThat(Files.readString(temp.resolve("out/keep.txt"))).isEqualTo("mine");
    }

    @Test
    void everyPairsProvenanceIsWrittenBesideTheData() throws IOException {
        Exporter.export(oneConversation(), trainOnly(TrlFormat.DPO, true), temp.resolve("out"));
        JsonNode line = JSON.readTree(lines(temp.resolve("out/provenance.jsonl")).get(0));
        assertThat(line.get("id").asText()).isEqualTo("p-1");
        assertThat(line.get("rule").asText()).isEqualTo("PreferChosenInChoice");
        assertThat(line.get("rule_version").asText()).isEqualTo("1");
        assertThat(line.get("origin").asText()).isEqualTo("human");
        assertThat(line.get("sources")).extracting(JsonNode::asText).containsExactly("p-1-c", "p-1-r");
        assertThat(line.get("label_sources").get(0).get("record").asText()).isEqualTo("f-p-1");
        assertThat(line.get("chosen_author").asText()).isEqualTo("acme-assist@2026-10-01");
        assertThat(line.get("config_hash").asText()).isEqualTo("abc123");
    }

    @Test
    void personalDataIsRedactedConsistentlyAcrossThePairAndTheManifestCountsIt() throws IOException {
        List<Message> conversation = List.of(Message.user("Write to jane.doe@example.com about card 4111 1111 1111 1111"));
        Dataset dataset = dataset(List.of(pair("p-9", "u-1", conversation, "Sent to jane.doe@example.com.",
                "I cannot email.", LabelOrigin.HUMAN)));
        Path out = temp.resolve("redacted");
        Exporter.export(dataset, trainOnly(TrlFormat.DPO, false), out);
        String train = String.join("\n", lines(out.resolve("train.jsonl")));
        assertThat(train).doesNotContain("jane.doe@example.com").doesNotContain("4111 1111")
                .contains("<EMAIL_1>").contains("<CARD_1>");
        assertThat(train.split("<EMAIL_1>", -1)).hasSize(3);
        JsonNode redaction = JSON.readTree(out.resolve("manifest.json").toFile()).get("redaction");
        assertThat(redaction.get("replaced").get("EMAIL").asLong()).isEqualTo(2);
        assertThat(lines(out.resolve("README.md"))).contains("## Redaction");
    }
}
