package dev.plumbline.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** The model that wrote a text: its name, and where known its version and family. */
public record ModelRef(String name, Optional<String> version, Optional<String> family) {
    public ModelRef {
        requireNonNull(name, "name is null");
        requireNonNull(version, "version is null");
        requireNonNull(family, "family is null");
        if (name.isBlank()) {
            throw PlumblineException.invalidInput("model name is blank");
        }
    }

    public static ModelRef of(String name, String version, String family) {
        return new ModelRef(name, Optional.ofNullable(version), Optional.ofNullable(family));
    }

    /** {@code name@version}, or the name alone when no version is known. */
    public String release() {
        return version.map(v -> name + "@" + v).orElse(name);
    }
}
