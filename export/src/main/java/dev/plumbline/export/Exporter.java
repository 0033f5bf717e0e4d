package dev.plumbline.export;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.PlumblineException;
import dev.plumbline.pairs.Dataset;
import dev.plumbline.pairs.Pair;
import dev.plumbline.privacy.RedactionCounts;
import dev.plumbline.privacy.RedactionPolicy;
import dev.plumbline.privacy.Redactor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Exports a dataset as TRL files: {@code train} and {@code test} splits (empty splits are not
 * written) as JSONL and, when asked, Parquet, plus {@code README.md} (the dataset card), {@code
 * provenance.jsonl} (each pair's rule, evidence and label sources) and {@code manifest.json}. Everything is written to a hidden temporary folder beside {@code out} and moved into
 * place only when complete, so a failed or refused export leaves nothing. An empty dataset or a failed
 * gate is refused (see {@link ExportResult#refusal()}); a non-empty {@code out} is invalid input.
 */
public final class Exporter {
    private Exporter() {
    }

    public static ExportResult export(Dataset dataset, ExportConfig config, Path out) {
        return export(dataset, config, RedactionPolicy.ALL_ON, out);
    }

    /**
     * Exports under a redaction policy (every PII type by default): personal data is replaced by
     * typed placeholders before anything is written, and the card and manifest state the policy and
     * the counts.
     */
    public static ExportResult export(Dataset dataset, ExportConfig config, RedactionPolicy redaction, Path out) {
        requireNonNull(dataset, "dataset is null");
        requireNonNull(redaction, "redaction is null");
        requireNonNull(config, "config is null");
        if (dataset.pairs().isEmpty()) {
            return ExportResult.refused(out, "nothing to export: all " + dataset.report().candidates()
                    + " candidate pairs were removed (" + removals(dataset) + ")");
        }
        if (!dataset.report().passed()) {
            return ExportResult.refused(out, "a gate failed: " + String.join("; ", dataset.report().violations()));
        }
        requireFreshFolder(out);
        try {
            return writeAtomically(dataset, config, new Redactor(redaction), out.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw PlumblineException.internal("could not write the export to " + out + ": " + e.getMessage(), e);
        }
    }

    /** Exports again with the config recorded in an earlier export's manifest. */
    public static ExportResult exportAgain(Dataset dataset, Path manifest, Path out) {
        try {
            return export(dataset, Manifest.config(manifest), out);
        } catch (IOException e) {
            throw PlumblineException.invalidInput("could not read manifest " + manifest + ": " + e.getMessage());
        }
    }

    /** The exporter's code version: the jar's implementation version, or {@code dev}. */
    public static String codeVersion() {
        String version = Exporter.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    private static String removals(Dataset dataset) {
        return dataset.report().filters().stream().map(f -> f.filter() + " " + f.removed())
                .collect(Collectors.joining(", ")) + "; skipped evidence " + dataset.report().skipsByReason();
    }

    private static void requireFreshFolder(Path out) {
        try {
            if (Files.isRegularFile(out) || (Files.isDirectory(out) && hasEntries(out))) {
                throw PlumblineException.invalidInput("output folder " + out
                        + " is not empty: export into a new or empty folder");
            }
        } catch (IOException e) {
            throw PlumblineException.invalidInput("cannot use output folder " + out + ": " + e.getMessage());
        }
    }

    private static boolean hasEntries(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        }
    }

    private static ExportResult writeAtomically(Dataset dataset, ExportConfig config, Redactor redactor, Path out)
            throws IOException {
        Path parent = out.getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempDirectory(parent, "." + out.getFileName() + ".partial-");
        try {
            ExportResult result = writeInto(dataset, config, redactor, temp, out);
            Files.deleteIfExists(out);
            Files.move(temp, out, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } finally {
            deleteRecursively(temp);
        }
    }

    private static ExportResult writeInto(Dataset dataset, ExportConfig config, Redactor redactor, Path folder, Path out)
            throws IOException {
        RedactPairs.Result redacted = RedactPairs.apply(dataset.pairs(), redactor);
        GroupedSplit.Split split = GroupedSplit.split(redacted.pairs(), config.splitBy(), config.testShare(), config.seed());
        Map<String, List<Pair>> splits = new LinkedHashMap<>();
        splits.put("train", split.train());
        splits.put("test", split.test());
        TrlRows rows = new TrlRows(config.format(), config.conversational());
        Map<String, Integer> rowsBySplit = new LinkedHashMap<>();
        for (Map.Entry<String, List<Pair>> entry : splits.entrySet()) {
            if (!entry.getValue().isEmpty()) {
                rowsBySplit.put(entry.getKey(), writeSplit(folder, entry.getKey(), entry.getValue(), rows, config));
            }
        }
        splits.values().removeIf(List::isEmpty);
        ProvenanceFile.write(folder.resolve("provenance.jsonl"), splits);
        String extension = config.parquet() ? "parquet" : "jsonl";
        Files.writeString(folder.resolve("README.md"),
                DatasetCard.render(config, dataset.report(), rowsBySplit, extension)
                        + redactionSection(redactor.policy(), redacted.counts()), StandardCharsets.UTF_8);
        Map<String, String> sha256ByFile = digests(folder);
        Files.writeString(folder.resolve("manifest.json"), Manifest.render(config, dataset.report(), rowsBySplit,
                sha256ByFile, codeVersion(), redactor.policy(), redacted.counts()), StandardCharsets.UTF_8);
        return new ExportResult(out, java.util.Optional.empty(), rowsBySplit, digests(folder));
    }

    private static String redactionSection(RedactionPolicy policy, RedactionCounts counts) {
        StringBuilder out = new StringBuilder("\n## Redaction\n\n");
        out.append("Policy: ").append(policy.describe()).append(".\n\n");
        if (counts.total() == 0) {
            return out.append("Nothing matching the policy was found.\n").toString();
        }
        out.append("| type | values replaced |\n|---|---|\n");
        counts.perType().forEach((type, n) -> out.append("| ").append(type).append(" | ").append(n).append(" |\n"));
        return out.toString();
    }

    private static int writeSplit(Path folder, String name, List<Pair> pairs, TrlRows rows, ExportConfig config)
            throws IOException {
        Path jsonl = folder.resolve(name + ".jsonl");
        int count = JsonlFile.write(jsonl, pairs, rows);
        if (config.parquet()) {
            ParquetFile.convert(jsonl, folder.resolve(name + ".parquet"), config.format(), config.conversational());
        }
        return count;
    }

    private static Map<String, String> digests(Path folder) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().collect(Collectors.toList())) {
                digests.put(file.getFileName().toString(), Sha256.of(file));
            }
        }
        return digests;
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
