package dev.plumbline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.privacy.CustomPattern;
import dev.plumbline.privacy.PiiFinding;
import dev.plumbline.privacy.PiiScanner;
import dev.plumbline.privacy.PiiType;
import dev.plumbline.privacy.RedactionPolicy;
import dev.plumbline.wire.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code plumbline audit pii --export DIR}: scans every text file and every Parquet file (row by row)
 * of an export for what the project's redaction policy names and exits 1 if anything is left.
 * Findings show masked excerpts only.
 */
@Command(name = "pii", mixinStandardHelpOptions = true,
        description = "Scan an export for personal data and secrets left in it; exit 1 if any.")
final class AuditPiiCommand implements Callable<Integer> {
    @Option(names = "--export", required = true, description = "The export folder (every text file below it is read).")
    Path export;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--redaction-config", description = "A redaction.json to scan for instead of the project's policy.")
    Path redactionConfig;

    @Option(names = "--types", split = ",", description = "Built-in types to look for instead of the policy's: email, phone, card, iban, ip, secret.")
    List<String> types;

    @Option(names = "--pattern", description = "A custom pattern NAME=REGEX, in addition to the policy's (repeatable).")
    List<String> patterns = List.of();

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        PiiScanner scanner = new PiiScanner(policy());
        List<PiiFinding> findings = new ArrayList<>();
        List<Path> files = TextFiles.under(export);
        for (Path file : files) {
            findings.addAll(scanner.scan(export.relativize(file).toString(), TextFiles.lines(file)));
        }
        // Parquet rows are scanned as JSON lines, one row a line, so a finding's line is its row number
        List<Path> parquet = ParquetRows.under(export);
        for (Path file : parquet) {
            findings.addAll(scanner.scan(export.relativize(file).toString(), ParquetRows.lines(file)));
        }
        System.out.println(json ? json(files.size(), parquet.size(), findings) : text(files.size(), parquet.size(), findings));
        return findings.isEmpty() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
    }

    /** The project's policy (or the file given), narrowed by --types and extended by --pattern. */
    RedactionPolicy policy() {
        RedactionPolicy base = RedactionConfig.resolve(java.util.Optional.ofNullable(redactionConfig), storeOptions.data,
                storeOptions.project());
        EnumSet<PiiType> on = EnumSet.noneOf(PiiType.class);
        on.addAll(types == null ? base.types() : PrivacyCommand.types(types));
        List<CustomPattern> custom = new ArrayList<>(base.custom());
        patterns.stream().map(CustomPattern::parse).forEach(custom::add);
        return new RedactionPolicy(on, custom);
    }

    private static Map<String, Long> perType(List<PiiFinding> findings) {
        Map<String, Long> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(f.type(), 1L, Long::sum));
        return counts;
    }

    private static String text(int files, int parquet, List<PiiFinding> findings) {
        StringBuilder out = new StringBuilder();
        findings.forEach(f -> out.append(f.file()).append(':').append(f.line()).append(':').append(f.column()).append("  ")
                .append(f.type()).append("  ").append(f.excerpt()).append('\n'));
        out.append(files).append(" text file(s) and ").append(parquet).append(" Parquet file(s) scanned: ");
        out.append(findings.isEmpty() ? "nothing left, PASS" : findings.size() + " finding(s) " + perType(findings) + ", FAIL");
        return out.toString();
    }

    private static String json(int files, int parquet, List<PiiFinding> findings) throws JsonProcessingException {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("passed", findings.isEmpty());
        node.put("files_scanned", files);
        node.put("parquet_files_scanned", parquet);
        ObjectNode counts = node.putObject("per_type");
        perType(findings).forEach(counts::put);
        ArrayNode array = node.putArray("findings");
        findings.forEach(f -> array.addObject().put("file", f.file()).put("line", f.line()).put("column", f.column())
                .put("type", f.type()).put("excerpt", f.excerpt()));
        return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }
}
