package dev.plumbline.provenance;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One way a model family influenced the root of a lineage tree: the kind, whether it is direct or
 * transitive, and the path of ids from the root to the node where it happened.
 */
public record Influence(String family, InfluenceKind kind, boolean direct, List<String> path) {
    public Influence {
        requireNonNull(family, "family is null");
        requireNonNull(kind, "kind is null");
        path = List.copyOf(requireNonNull(path, "path is null"));
    }

    /** The path as {@code root > ... > node}. */
    public String trail() {
        return String.join(" > ", path);
    }
}
