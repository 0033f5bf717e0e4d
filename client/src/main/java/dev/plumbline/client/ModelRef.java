package dev.plumbline.client;

import java.util.Optional;

/** The model that wrote a completion: its name, and where known its version and family. Immutable. */
public record ModelRef(String name, Optional<String> version, Optional<String> family) {
    public ModelRef {
        Checks.requireId(name, "model name");
        Checks.requirePresent(version, "model version");
        Checks.requirePresent(family, "model family");
    }

    /** A model reference; a null or empty version or family means unknown. */
    public static ModelRef of(String name, String version, String family) {
        return new ModelRef(name, Checks.optional(version), Checks.optional(family));
    }

    public static ModelRef named(String name) {
        return new ModelRef(name, Optional.empty(), Optional.empty());
    }
}
