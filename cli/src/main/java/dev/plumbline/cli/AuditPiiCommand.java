package dev.plumbline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plumbline.model.PlumblineException;
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
import picocli.CommandLine.Option;

/**
 * {@code plumbline audit pii --export DIR}: scans every text file of an export for what the
 * redaction policy names and exits 1 if anything is left. Findings show masked excerpts only.
 */
@Command(name = "pii", mixinStandardHelpOptions = true,
        description = "Scan an export for personal data and secrets left in it; exit 1 if any.")
final class AuditPiiCommand implements Callable<Integer> {
    @Option(names = "--export", required = true, description = "The export folder (every text file below it is read).")
    Path export;

    @Option(names = "--types", split = ",", description = "Built-in types to look for (default: all): email, phone, card, iban, ip, secret.")
    List<String> types;

    @Option(names = "--pattern", description = "A custom pattern NAME=REGEX (repeatable).")
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
        System.out.println(json ? json(files.size(), findings) : text(files.size(), findings));
        return findings.isEmpty() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
    }

    RedactionPolicy policy() {
        EnumSet<PiiType> on = EnumSet.allOf(PiiType.class);
        if (types != null) {
            on = EnumSet.noneOf(PiiType.class);
            for (String type : types) {
                on.add(PiiType.fromName(type).orElseThrow(() -> PlumblineException.invalidInput("unknown type '" + type
                        + "': use email, phone, card, iban, ip or secret")));
            }
        }
        return new RedactionPolicy(on, patterns.stream().map(CustomPattern::parse).toList());
    }

    private static Map<String, Long> perType(List<PiiFinding> findings) {
        Map<String, Long> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(f.type(), 1L, Long::sum));
        return counts;
    }

    private static String text(int files, List<PiiFinding> findings) {
        StringBuilder out = new StringBuilder();
        findings.forEach(f -> out.append(f.file()).append(':').append(f.line()).append(':').append(f.column()).append("  ")
                .append(f.type()).append("  ").append(f.excerpt()).append('\n'));
        out.append(files).append(" text file(s) scanned: ");
        out.append(findings.isEmpty() ? "nothing left, PASS" : findings.size() + " finding(s) " + perType(findings) + ", FAIL");
        return out.toString();
    }

    private static String json(int files, List<PiiFinding> findings) throws JsonProcessingException {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("passed", findings.isEmpty());
        node.put("files_scanned", files);
        ObjectNode counts = node.putObject("per_type");
        perType(findings).forEach(counts::put);
        ArrayNode array = node.putArray("findings");
        findings.forEach(f -> array.addObject().put("file", f.file()).put("line", f.line()).put("column", f.column())
                .put("type", f.type()).put("excerpt", f.excerpt()));
        return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node);
    }
}
