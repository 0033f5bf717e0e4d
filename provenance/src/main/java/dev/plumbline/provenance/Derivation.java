package dev.plumbline.provenance;

import static java.util.Objects.requireNonNull;

import dev.plumbline.model.ModelRef;
import dev.plumbline.model.Provenance;
import java.util.Optional;

/**
 * One run of a rule or judge that derived or filtered a fact: its provenance (sources, rule name and
 * version, config hash, code version) and, when a model did the judging, which model.
 */
public record Derivation(Provenance provenance, Optional<ModelRef> judge) {
    public Derivation {
        requireNonNull(provenance, "provenance is null");
        requireNonNull(judge, "judge is null");
    }

    public static Derivation byRule(Provenance provenance) {
        return new Derivation(provenance, Optional.empty());
    }

    public static Derivation byJudge(Provenance provenance, ModelRef judge) {
        return new Derivation(provenance, Optional.of(judge));
    }

    /** {@code rule@version}. */
    public String run() {
        return provenance.rule() + "@" + provenance.ruleVersion();
    }
}
