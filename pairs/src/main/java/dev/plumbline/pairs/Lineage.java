package dev.plumbline.pairs;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a dataset's candidates came from: the input watermark, how many records and sessions were
 * read, orphans, signals by type, every rule's version, and the mining config's hash and the code
 * version. A manifest copies it so an export can be rebuilt and audited.
 */
public record Lineage(
        Instant inputWatermark,
        long records,
        long sessions,
        long orphans,
        Map<String, Long> signalsByType,
        Map<String, String> ruleVersions,
        String configHash,
        String codeVersion) {
    public Lineage {
        requireNonNull(inputWatermark, "inputWatermark is null");
        signalsByType = java.util.Collections.unmodifiableMap(new TreeMap<>(signalsByType));
        ruleVersions = java.util.Collections.unmodifiableMap(new TreeMap<>(ruleVersions));
        requireNonNull(configHash, "configHash is null");
        requireNonNull(codeVersion, "codeVersion is null");
    }
}
