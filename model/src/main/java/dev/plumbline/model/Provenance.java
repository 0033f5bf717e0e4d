package dev.plumbline.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Where a derived fact came from: the records it was derived from, the rule or judge (name and
 * version) that derived it, the hash of the configuration in force and the code version.
 */
public record Provenance(List<String> sources, String rule, String ruleVersion, String configHash, String codeVersion) {
    public Provenance {
        sources = List.copyOf(requireNonNull(sources, "sources is null"));
        requireNonNull(rule, "rule is null");
        requireNonNull(ruleVersion, "ruleVersion is null");
        requireNonNull(configHash, "configHash is null");
        requireNonNull(codeVersion, "codeVersion is null");
    }
}
