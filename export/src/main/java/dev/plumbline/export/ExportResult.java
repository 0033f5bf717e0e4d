package dev.plumbline.export;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an export did: either it wrote {@code out} (with rows per split and the SHA-256 of every file,
 * the manifest included) or it refused and says why in {@code refusal}, leaving nothing behind. A
 * refusal (empty dataset, failed gate) maps to exit code 1.
 */
public record ExportResult(Path out, Optional<String> refusal, Map<String, Integer> rowsBySplit,
        Map<String, String> sha256ByFile) {
    public ExportResult {
        requireNonNull(out, "out is null");
        requireNonNull(refusal, "refusal is null");
        rowsBySplit = java.util.Collections.unmodifiableMap(new TreeMap<>(rowsBySplit));
        sha256ByFile = java.util.Collections.unmodifiableMap(new TreeMap<>(sha256ByFile));
    }

    static ExportResult refused(Path out, String reason) {
        return new ExportResult(out, Optional.of(reason), Map.of(), Map.of());
    }

    public boolean written() {
        return refusal.isEmpty();
    }
}
