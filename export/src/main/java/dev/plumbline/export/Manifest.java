package dev.plumbline.export;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.model.PlumblineException;
import dev.plumbline.pairs.DatasetReport;
import dev.plumbline.pairs.FilterResult;
import dev.plumbline.pairs.Lineage;
import dev.plumbline.privacy.RedactionCounts;
import dev.plumbline.privacy.RedactionPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code manifest.json}: schema version, the export config and its hash, the code version, the
 * input watermark, every rule's version, the mining config hash, counts, and the SHA-256 of every
 * other file. It holds no clock time, so exporting the same data with the config read back from it
 * ({@link #config}) reproduces every byte, the manifest included. Readers reject unknown versions.
 */
final class Manifest {
    static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Manifest() {
    }

    static String render(ExportConfig config, DatasetReport report, Map<String, Integer> rowsBySplit,
            Map<String, String> sha256ByFile, String codeVersion, RedactionPolicy redaction, RedactionCounts redacted)
            throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema_version", SCHEMA_VERSION);
        root.put("kind", "plumbline-dataset");
        root.put("code_version", codeVersion);
        ObjectNode configNode = configNode(config);
        root.set("export_config", configNode);
        root.put("export_config_hash", Sha256.of(MAPPER.writeValueAsString(configNode)));
        root.set("mining", mining(report.lineage()));
        root.set("rule_versions", MAPPER.valueToTree(report.lineage().ruleVersions()));
        root.set("counts", counts(report, rowsBySplit));
        ObjectNode redactionNode = root.putObject("redaction");
        redactionNode.put("policy", redaction.describe());
        redactionNode.set("replaced", MAPPER.valueToTree(redacted.perType()));
        ArrayNode files = root.putArray("files");
        sha256ByFile.forEach((file, sha) -> files.addObject().put("path", file).put("sha256", sha));
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return MAPPER.writer(printer).writeValueAsString(root) + "\n";
    }

    private static ObjectNode configNode(ExportConfig config) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("format", config.format().wireName());
        node.put("conversational", config.conversational());
        node.put("parquet", config.parquet());
        node.put("split_by", config.splitBy().wireName());
        node.put("test_share", config.testShare());
        node.put("seed", config.seed());
        node.put("name", config.name());
        node.put("license", config.license());
        if (config.allowOverlap()) {
            // Written only when set, so the config hash of an export without the override is unchanged.
            node.put("allow_overlap", true);
        }
        return node;
    }

    private static ObjectNode mining(Lineage lineage) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("config_hash", lineage.configHash());
        node.put("code_version", lineage.codeVersion());
        node.put("input_watermark", lineage.inputWatermark().toString());
        node.put("records", lineage.records());
        node.put("sessions", lineage.sessions());
        node.put("orphans", lineage.orphans());
        node.set("signals_by_type", MAPPER.valueToTree(lineage.signalsByType()));
        return node;
    }

    private static ObjectNode counts(DatasetReport report, Map<String, Integer> rowsBySplit) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("candidates", report.candidates());
        node.put("pairs", report.pairsByRule().values().stream().mapToInt(Integer::intValue).sum());
        node.set("rows", MAPPER.valueToTree(rowsBySplit));
        node.set("candidates_by_rule", MAPPER.valueToTree(report.candidatesByRule()));
        node.set("pairs_by_rule", MAPPER.valueToTree(report.pairsByRule()));
        node.set("pairs_by_origin", MAPPER.valueToTree(report.pairsByOrigin()));
        node.set("pairs_by_author", MAPPER.valueToTree(report.pairsByAuthor()));
        node.set("skips_by_reason", MAPPER.valueToTree(report.skipsByReason()));
        ArrayNode filters = node.putArray("filters");
        for (FilterResult.FilterCount filter : report.filters()) {
            filters.addObject().put("filter", filter.filter()).put("policy", filter.policy()).put("removed", filter.removed());
        }
        report.balancing().ifPresent(b -> node.putObject("length_balancing").put("policy", b.policy())
                .put("removed", b.removed()));
        return node;
    }

    /** The export config recorded in a manifest, for exporting again. */
    static ExportConfig config(Path manifest) throws IOException {
        JsonNode root = MAPPER.readTree(Files.readString(manifest, StandardCharsets.UTF_8));
        int version = root.path("schema_version").asInt(-1);
        if (version != SCHEMA_VERSION) {
            throw PlumblineException.invalidInput(manifest + " has manifest schema_version " + version
                    + "; this Plumbline reads version " + SCHEMA_VERSION);
        }
        JsonNode c = root.path("export_config");
        return new ExportConfig(TrlFormat.fromWire(c.path("format").asText()), c.path("conversational").asBoolean(),
                c.path("parquet").asBoolean(), SplitBy.fromWire(c.path("split_by").asText()),
                c.path("test_share").asDouble(), c.path("seed").asLong(), c.path("name").asText(),
                c.path("license").asText(), c.path("allow_overlap").asBoolean(false));
    }
}
